using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>A journal that tells a test about each committed status change (the items' indexes and their new status).</summary>
internal sealed class StatusWatchingJournal(IJobJournal inner, Action<IReadOnlyList<ItemStatusChange>> committed) : IJobJournal
{
    public Task PrepareAsync(CancellationToken ct = default) => inner.PrepareAsync(ct);

    public Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default) => inner.CreateJobAsync(job, items, ct);

    public Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
        CancellationToken ct = default) => SetItemStatusesAsync(jobId, [new ItemStatusChange(indexes, status, error, note)], ct);

    public async Task SetItemStatusesAsync(string jobId, IReadOnlyList<ItemStatusChange> changes, CancellationToken ct = default)
    {
        await inner.SetItemStatusesAsync(jobId, changes, ct);
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
