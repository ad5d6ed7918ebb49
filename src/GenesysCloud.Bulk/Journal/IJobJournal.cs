namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// Durable record of bulk jobs: each job is stored with all its items before anything is sent, each batch is
/// marked in flight before it is sent and applied/failed after, so a job can be resumed, undone and audited.
/// A running job holds a lease in the journal, so that two processes or instances never run one job at once.
/// Implementations must be safe for concurrent callers.
/// </summary>
public interface IJobJournal
{
    /// <summary>
    /// Opens the journal (creating or upgrading its schema) so that the first write does not wait for it; the engine
    /// starts this while a plan's reads are in flight. Safe to call many times. The default does nothing.
    /// </summary>
    Task PrepareAsync(CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>Stores a new job and its items in one transaction. Throws if the id exists.</summary>
    Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default);

    /// <summary>Sets the status and error (and the note, when given) of the given items of a job in one transaction.</summary>
    Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
        CancellationToken ct = default);

    /// <summary>
    /// Makes several status changes of a job's items in one transaction, in order (a later change of an item wins).
    /// The default makes them one by one; the SQL journals make them in one commit.
    /// </summary>
    async Task SetItemStatusesAsync(string jobId, IReadOnlyList<ItemStatusChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
            await SetItemStatusAsync(jobId, change.Indexes, change.Status, change.Error, change.Note, ct).ConfigureAwait(false);
    }

    /// <summary>Updates a job's status, finish time, call counts and error.</summary>
    Task UpdateJobAsync(BulkJob job, CancellationToken ct = default);

    /// <summary>One job with its item counts, or null.</summary>
    Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct = default);

    /// <summary>The items of a job in input order.</summary>
    Task<IReadOnlyList<BulkJobItem>> GetItemsAsync(string jobId, CancellationToken ct = default);

    /// <summary>Jobs newest first, with item counts; only those of <paramref name="org"/> when it is given.</summary>
    Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, string? org = null, CancellationToken ct = default);

    /// <summary>
    /// Claims a job's lease for <paramref name="token"/> until <paramref name="until"/> when it is free, expired
    /// (at <paramref name="now"/>) or already the token's; otherwise refuses and says who holds it until when.
    /// The job need not be journaled yet (a new job is claimed before it is stored).
    /// </summary>
    Task<JobLeaseClaim> TryClaimLeaseAsync(string jobId, string holder, string token, DateTimeOffset now, DateTimeOffset until,
        CancellationToken ct = default);

    /// <summary>Extends the lease of <paramref name="token"/>; false when the token no longer holds it.</summary>
    Task<bool> RenewLeaseAsync(string jobId, string token, DateTimeOffset until, CancellationToken ct = default);

    /// <summary>Frees the lease if <paramref name="token"/> holds it.</summary>
    Task ReleaseLeaseAsync(string jobId, string token, CancellationToken ct = default);
}
