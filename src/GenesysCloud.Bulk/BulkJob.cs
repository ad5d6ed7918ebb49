namespace GenesysCloud.Bulk;

/// <summary>A journaled job: what was asked, by whom, when, and where it stands (audit record).</summary>
/// <param name="Id">Job id (the plan's <see cref="BulkPlan.JobId"/>).</param>
/// <param name="Operation">The change made.</param>
/// <param name="TargetId">Group, queue or skill id.</param>
/// <param name="TargetName">Its display name when planned.</param>
/// <param name="CreatedAt">When the job was stored (before anything was sent).</param>
public sealed record BulkJob(string Id, BulkOperation Operation, string TargetId, string TargetName, DateTimeOffset CreatedAt)
{
    /// <summary>Requested proficiency of a skill assignment.</summary>
    public double? Proficiency { get; init; }

    /// <summary>
    /// The org the job changed, as <see cref="BulkConnection.OrgKey"/> (API host and OAuth client id); null for
    /// jobs journaled before it was recorded. A job is resumed or undone only on the same org.
    /// </summary>
    public string? Org { get; init; }

    /// <summary>Who asked for the job.</summary>
    public string? RequestedBy { get; init; }

    /// <summary>Set when this job undoes another.</summary>
    public string? UndoOfJobId { get; init; }

    /// <summary>How identifiers were resolved when planned.</summary>
    public ResolutionStrategy Resolution { get; init; }

    /// <summary>Where the job stands.</summary>
    public BulkJobStatus Status { get; init; } = BulkJobStatus.Running;

    /// <summary>When the last run of the job ended.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>HTTP requests of all runs of this job (planning included).</summary>
    public int Calls { get; init; }

    /// <summary>429 responses seen over all runs.</summary>
    public int Http429 { get; init; }

    /// <summary>Why the last run stopped early, if it did.</summary>
    public string? Error { get; init; }

    /// <summary>Input identifiers (filled by the journal when read).</summary>
    public int ItemCount { get; init; }

    /// <summary>Items planned as changes (filled by the journal when read).</summary>
    public int ChangeCount { get; init; }

    /// <summary>Items applied (filled by the journal when read).</summary>
    public int AppliedCount { get; init; }

    /// <summary>Items failed (filled by the journal when read).</summary>
    public int FailedCount { get; init; }

    /// <summary>Items still pending or in flight (filled by the journal when read).</summary>
    public int UnfinishedCount { get; init; }

    /// <summary>Who holds the job's lease (host and process), while one is held (filled by the journal when read).</summary>
    public string? LeaseHolder { get; init; }

    /// <summary>Until when <see cref="LeaseHolder"/>'s lease runs unless renewed; a past time means its holder stopped (filled by the journal when read).</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>True when a process or instance holds the job's lease at <paramref name="now"/>: it is running there, not interrupted.</summary>
    public bool IsLeasedAt(DateTimeOffset now) => LeaseHolder is not null && LeaseExpiresAt > now;
}
