using GenesysCloud.Bulk.Execution;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Tests.Execution;

public sealed class ItemStatusWriterTests
{
    [Fact]
    public async Task CommitAsync_OutcomesQueuedBefore_AreCommittedWithItInOneCall()
    {
        var journal = new RecordingJournal();
        var writer = new ItemStatusWriter(new JournaledItems(journal, "job-1", [], TimeProvider.System));

        await writer.CommitAsync(new ItemStatusChange([0], BulkItemStatus.InFlight), CancellationToken.None);
        writer.Queue(new ItemStatusChange([0], BulkItemStatus.Applied));
        await writer.CommitAsync(new ItemStatusChange([1], BulkItemStatus.InFlight), CancellationToken.None);

        Assert.Equal(
            [["0 InFlight"], ["0 Applied", "1 InFlight"]],
            journal.Commits.Select(c => c.Select(Describe).ToArray()).ToArray());
    }

    [Fact]
    public async Task Queue_OutcomeWithNoCommitAfterIt_IsWrittenOnlyByFlush()
    {
        var journal = new RecordingJournal();
        var writer = new ItemStatusWriter(new JournaledItems(journal, "job-1", [], TimeProvider.System));
        await writer.CommitAsync(new ItemStatusChange([0], BulkItemStatus.InFlight), CancellationToken.None);

        writer.Queue(new ItemStatusChange([0], BulkItemStatus.Failed, "409 conflict"));
        Assert.Single(journal.Commits);
        await writer.FlushAsync();

        Assert.Equal(["0 Failed"], journal.Commits[1].Select(Describe));
    }

    [Fact]
    public async Task CommitAsync_ManyCallersWhileACommitIsUnderWay_ShareTheNextCommit()
    {
        var journal = new RecordingJournal { Hold = new TaskCompletionSource() };
        var writer = new ItemStatusWriter(new JournaledItems(journal, "job-1", [], TimeProvider.System));

        var first = writer.CommitAsync(new ItemStatusChange([0], BulkItemStatus.InFlight), CancellationToken.None);
        await journal.Started.Task;
        var waiting = Enumerable.Range(1, 7).Select(i => writer.CommitAsync(new ItemStatusChange([i], BulkItemStatus.InFlight), CancellationToken.None)).ToList();
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        journal.Hold.SetResult();
        await Task.WhenAll([first, .. waiting]);

        Assert.Equal([1, 7], journal.Commits.Select(c => c.Count));
    }

    [Fact]
    public async Task CommitAsync_JournalFails_TheCallerGetsTheError()
    {
        var journal = new RecordingJournal { Failure = new InvalidOperationException("disk full") };
        var writer = new ItemStatusWriter(new JournaledItems(journal, "job-1", [], TimeProvider.System));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            writer.CommitAsync(new ItemStatusChange([0], BulkItemStatus.InFlight), CancellationToken.None));

        Assert.Equal("disk full", error.Message);
    }

    private static string Describe(ItemStatusChange change) => $"{string.Join(",", change.Indexes)} {change.Status}";

    /// <summary>Records each commit; can hold the first one open, or fail.</summary>
    private sealed class RecordingJournal : IJobJournal
    {
        public List<IReadOnlyList<ItemStatusChange>> Commits { get; } = [];

        public TaskCompletionSource? Hold { get; init; }

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? Failure { get; init; }

        public async Task SetItemStatusesAsync(string jobId, IReadOnlyList<ItemStatusChange> changes, CancellationToken ct = default)
        {
            Started.TrySetResult();
            if (Failure is not null) throw Failure;
            if (Hold is not null && Commits.Count == 0) await Hold.Task;
            lock (Commits) Commits.Add(changes);
        }

        public Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default) => throw new NotSupportedException();

        public Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
            CancellationToken ct = default) => throw new NotSupportedException();

        public Task UpdateJobAsync(BulkJob job, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<BulkJobItem>> GetItemsAsync(string jobId, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, string? org = null, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<JobLeaseClaim> TryClaimLeaseAsync(string jobId, string holder, string token, DateTimeOffset now, DateTimeOffset until,
            CancellationToken ct = default) => throw new NotSupportedException();

        public Task<bool> RenewLeaseAsync(string jobId, string token, DateTimeOffset until, CancellationToken ct = default) => throw new NotSupportedException();

        public Task ReleaseLeaseAsync(string jobId, string token, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
