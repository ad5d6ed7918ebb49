using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Tests.Journal;

public sealed class SqliteJobJournalTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 11, 26, 19, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "bulk-tests", $"{Guid.NewGuid():N}.db");
    private readonly SqliteJobJournal _journal;

    public SqliteJobJournalTests() => _journal = new SqliteJobJournal(SqliteJobJournal.ForFile(_path));

    [Fact]
    public async Task CreateJobAsync_ThenRead_RoundTripsJobAndItems()
    {
        var job = NewJob("job-1") with { Proficiency = 3.5, RequestedBy = "admin@example.com", Resolution = ResolutionStrategy.Directory };
        BulkJobItem[] items =
        [
            Item("job-1", 0, BulkItemAction.WillChange, BulkItemStatus.Pending) with { ProficiencyBefore = 2, WasPresent = true, Proficiency = 3.5 },
            Item("job-1", 1, BulkItemAction.NotFound, BulkItemStatus.Skipped) with { UserId = null, Note = "no active user matches" },
        ];

        await _journal.CreateJobAsync(job, items);

        var stored = await _journal.GetJobAsync("job-1");
        Assert.NotNull(stored);
        Assert.Equal(job with { ItemCount = 2, ChangeCount = 1, UnfinishedCount = 1 }, stored);
        Assert.Equal(items, await _journal.GetItemsAsync("job-1"));
    }

    [Fact]
    public async Task SetItemStatusAsync_ChangesOnlyTheGivenItems()
    {
        await _journal.CreateJobAsync(NewJob("job-1"), [.. Enumerable.Range(0, 4).Select(i => Item("job-1", i, BulkItemAction.WillChange, BulkItemStatus.Pending))]);

        await _journal.SetItemStatusAsync("job-1", [1, 2], BulkItemStatus.Failed, "500: boom", "note");

        var items = await _journal.GetItemsAsync("job-1");
        Assert.Equal([BulkItemStatus.Pending, BulkItemStatus.Failed, BulkItemStatus.Failed, BulkItemStatus.Pending], items.Select(i => i.Status));
        Assert.Equal([null, "500: boom", "500: boom", null], items.Select(i => i.Error));
        Assert.Equal([null, "note", "note", null], items.Select(i => i.Note));
        Assert.Equal(2, (await _journal.GetJobAsync("job-1"))!.FailedCount);
    }

    [Fact]
    public async Task UpdateJobAsync_StoresStatusCountsAndFinishTime()
    {
        await _journal.CreateJobAsync(NewJob("job-1"), []);

        await _journal.UpdateJobAsync(NewJob("job-1") with
        {
            Status = BulkJobStatus.CompletedWithErrors, FinishedAt = Created.AddMinutes(1), Calls = 42, Http429 = 3, Error = "x",
        });

        var job = await _journal.GetJobAsync("job-1");
        Assert.Equal((BulkJobStatus.CompletedWithErrors, Created.AddMinutes(1), 42, 3, "x"), (job!.Status, job.FinishedAt, job.Calls, job.Http429, job.Error));
    }

    [Fact]
    public async Task ListJobsAsync_ReturnsNewestFirst()
    {
        await _journal.CreateJobAsync(NewJob("old"), []);
        await _journal.CreateJobAsync(NewJob("new") with { CreatedAt = Created.AddHours(1) }, []);

        var jobs = await _journal.ListJobsAsync();

        Assert.Equal(["new", "old"], jobs.Select(j => j.Id));
    }

    [Fact]
    public async Task CreateJobAsync_ExistingId_ThrowsAndKeepsTheFirst()
    {
        await _journal.CreateJobAsync(NewJob("job-1"), [Item("job-1", 0, BulkItemAction.WillChange, BulkItemStatus.Pending)]);

        await Assert.ThrowsAnyAsync<Exception>(() => _journal.CreateJobAsync(NewJob("job-1"), []));

        Assert.Single(await _journal.GetItemsAsync("job-1"));
    }

    [Fact]
    public async Task GetJobAsync_UnknownId_ReturnsNull() => Assert.Null(await _journal.GetJobAsync("nope"));

    public void Dispose()
    {
        _journal.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(file);
    }

    private static BulkJob NewJob(string id) => new(id, BulkOperation.AddToGroup, "group-1", "Sales", Created);

    private static BulkJobItem Item(string jobId, int index, BulkItemAction action, BulkItemStatus status) =>
        new(jobId, index, $"user{index}@example.com", $"user-{index}", action, status) { UserName = $"User {index}", UpdatedAt = Created };
}
