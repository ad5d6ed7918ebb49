namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// Durable record of bulk jobs: each job is stored with all its items before anything is sent, each batch is
/// marked in flight before it is sent and applied/failed after, so a job can be resumed, undone and audited.
/// Implementations must be safe for concurrent callers.
/// </summary>
public interface IJobJournal
{
    /// <summary>Stores a new job and its items in one transaction. Throws if the id exists.</summary>
    Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default);

    /// <summary>Sets the status and error (and the note, when given) of the given items of a job in one transaction.</summary>
    Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
        CancellationToken ct = default);

    /// <summary>Updates a job's status, finish time, call counts and error.</summary>
    Task UpdateJobAsync(BulkJob job, CancellationToken ct = default);

    /// <summary>One job with its item counts, or null.</summary>
    Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct = default);

    /// <summary>The items of a job in input order.</summary>
    Task<IReadOnlyList<BulkJobItem>> GetItemsAsync(string jobId, CancellationToken ct = default);

    /// <summary>Jobs newest first, with item counts; only those of <paramref name="org"/> when it is given.</summary>
    Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, string? org = null, CancellationToken ct = default);
}
