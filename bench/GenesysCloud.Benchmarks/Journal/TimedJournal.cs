using System.Diagnostics;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Benchmarks.Journal;

/// <summary>A journal that adds up the time the engine spends in each kind of journal call.</summary>
public sealed class TimedJournal(IJobJournal inner) : IJobJournal
{
    private const int CreateBucket = 0;
    private const int ItemBucket = 1;
    private const int OtherBucket = 2;
    private readonly long[] _ticks = new long[3];
    private int _calls;

    /// <summary>Storing the job and its items.</summary>
    public TimeSpan Create => Elapsed(CreateBucket);

    /// <summary>Item status writes (in flight before each batch, applied or failed after).</summary>
    public TimeSpan ItemWrites => Elapsed(ItemBucket);

    /// <summary>Job updates, reads and lease calls.</summary>
    public TimeSpan Other => Elapsed(OtherBucket);

    public TimeSpan Total => Create + ItemWrites + Other;

    public int Calls => _calls;

    public Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default) =>
        TimeAsync(CreateBucket, () => inner.CreateJobAsync(job, items, ct));

    public Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
        CancellationToken ct = default) =>
        TimeAsync(ItemBucket, () => inner.SetItemStatusAsync(jobId, indexes, status, error, note, ct));

    // Not timed: the journal opens while the plan's reads are in flight, and planning is not part of the share measured.
    public Task PrepareAsync(CancellationToken ct = default) => inner.PrepareAsync(ct);

    public Task SetItemStatusesAsync(string jobId, IReadOnlyList<ItemStatusChange> changes, CancellationToken ct = default) =>
        TimeAsync(ItemBucket, () => inner.SetItemStatusesAsync(jobId, changes, ct));

    public Task UpdateJobAsync(BulkJob job, CancellationToken ct = default) => TimeAsync(OtherBucket, () => inner.UpdateJobAsync(job, ct));

    public Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct = default) => TimeAsync(OtherBucket, () => inner.GetJobAsync(jobId, ct));

    public Task<IReadOnlyList<BulkJobItem>> GetItemsAsync(string jobId, CancellationToken ct = default) =>
        TimeAsync(OtherBucket, () => inner.GetItemsAsync(jobId, ct));

    public Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, string? org = null, CancellationToken ct = default) =>
        TimeAsync(OtherBucket, () => inner.ListJobsAsync(limit, org, ct));

    public Task<JobLeaseClaim> TryClaimLeaseAsync(string jobId, string holder, string token, DateTimeOffset now, DateTimeOffset until,
        CancellationToken ct = default) =>
        TimeAsync(OtherBucket, () => inner.TryClaimLeaseAsync(jobId, holder, token, now, until, ct));

    public Task<bool> RenewLeaseAsync(string jobId, string token, DateTimeOffset until, CancellationToken ct = default) =>
        TimeAsync(OtherBucket, () => inner.RenewLeaseAsync(jobId, token, until, ct));

    public Task ReleaseLeaseAsync(string jobId, string token, CancellationToken ct = default) =>
        TimeAsync(OtherBucket, () => inner.ReleaseLeaseAsync(jobId, token, ct));

    private TimeSpan Elapsed(int bucket) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[bucket]));

    private Task TimeAsync(int bucket, Func<Task> call) => TimeAsync(bucket, async () =>
    {
        await call();
        return true;
    });

    private async Task<T> TimeAsync<T>(int bucket, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            Interlocked.Add(ref _ticks[bucket], Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref _calls);
        }
    }
}
