namespace GenesysCloud.Bulk;

/// <summary>The outcome of applying, resuming or undoing a job: the journal's view after the run.</summary>
/// <param name="Job">The job as journaled after the run.</param>
/// <param name="Items">Every item with its final status (the per-item report).</param>
/// <param name="Calls">HTTP requests of this run (retries included).</param>
/// <param name="Http429">429 responses seen in this run.</param>
/// <param name="Duration">Wall time of this run.</param>
public sealed record BulkJobResult(BulkJob Job, IReadOnlyList<BulkJobItem> Items, int Calls, int Http429, TimeSpan Duration)
{
    /// <summary>Items applied by the job.</summary>
    public int Applied => Items.Count(i => i.Status == BulkItemStatus.Applied);

    /// <summary>Items that failed.</summary>
    public int Failed => Items.Count(i => i.Status == BulkItemStatus.Failed);

    /// <summary>True when the job completed and no item failed.</summary>
    public bool Succeeded => Job.Status == BulkJobStatus.Completed;
}
