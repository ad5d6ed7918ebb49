using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>A journal that tells a test about each committed status change (the items' indexes and their new status).</summary>
internal sealed class StatusWatchingJournal(IJobJournal inner, Action<IReadOnlyList<ItemStatusChange>> committed) : IJobJournal
{
    public Task PrepareAsync(CancellationToken ct = default) => inner.PrepareAsync(ct);

    private int _statusWrites;

    /// <summary>Status writes committed so far (not counting the items a job was created with).</summary>
    public int StatusWrites => Volatile.Read(ref _statusWrites);

    /// <summary>Status writes wait for this before they commit: a test holds it to show what goes on without them.</summary>
    public Task StatusWritesAllowed { get; init; } = Task.CompletedTask;

    /// <summary>The items each new job was journaled with.</summary>
    public List<IReadOnlyList<BulkJobItem>> Created { get; } = [];

    /// <summary>Journals the job; items created in flight are reported as committed in flight too.</summary>
    public async Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default)
    {
        await inner.CreateJobAsync(job, items, ct);
        Created.Add(items);
        int[] inFlight = [.. items.Where(i => i.Status == BulkItemStatus.InFlight).Select(i => i.Index)];
        if (inFlight.Length > 0) committed([new ItemStatusChange(inFlight, BulkItemStatus.InFlight)]);
    }

    public Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
        CancellationToken ct = default) => SetItemStatusesAsync(jobId, [new ItemStatusChange(indexes, status, error, note)], ct);

    public async Task SetItemStatusesAsync(string jobId, IReadOnlyList<ItemStatusChange> changes, CancellationToken ct = default)
    {
        await StatusWritesAllowed.WaitAsync(ct);
        await inner.SetItemStatusesAsync(jobId, changes, ct);
        Interlocked.Increment(ref _statusWrites);
        committed(changes);
    }

    public Task UpdateJobAsync(BulkJob job, CancellationToken ct = default) => inner.UpdateJobAsync(job, ct);

    public Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct = default) => inner.GetJobAsync(jobId, ct);

    public Task<IReadOnlyList<BulkJobItem>> GetItemsAsync(string jobId, CancellationToken ct = default) => inner.GetItemsAsync(jobId, ct);

    public Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, string? org = null, CancellationToken ct = default) =>
        inner.ListJobsAsync(limit, org, ct);

    public Task<JobLeaseClaim> TryClaimLeaseAsync(string jobId, string holder, string token, DateTimeOffset now, DateTimeOffset until,
        CancellationToken ct = default) => inner.TryClaimLeaseAsync(jobId, holder, token, now, until, ct);

    public Task<bool> RenewLeaseAsync(string jobId, string token, DateTimeOffset until, CancellationToken ct = default) =>
        inner.RenewLeaseAsync(jobId, token, until, ct);

    public Task ReleaseLeaseAsync(string jobId, string token, CancellationToken ct = default) => inner.ReleaseLeaseAsync(jobId, token, ct);
}
