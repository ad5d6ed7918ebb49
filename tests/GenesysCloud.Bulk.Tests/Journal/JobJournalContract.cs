using System.Data.Common;
using Dapper;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Journal.Migrations;

namespace GenesysCloud.Bulk.Tests.Journal;

/// <summary>
/// What every <see cref="IJobJournal"/> must do, run against SQLite (<see cref="SqliteJobJournalTests"/>) and
/// PostgreSQL (<see cref="PostgresJobJournalTests"/>). A second journal object on the same store stands for
/// another process or instance.
/// </summary>
public abstract class JobJournalContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Created = new(2026, 11, 26, 19, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan LeaseLength = TimeSpan.FromSeconds(30);
    private readonly List<SqlJobJournal> _opened = [];
    private SqlJobJournal? _journal;

    /// <summary>A new journal object on the test's store (the same store every time within one test).</summary>
    protected abstract Task<SqlJobJournal> OpenStoreAsync();

    /// <summary>The migration scripts' dialect folder: <c>Sqlite</c> or <c>Postgres</c>.</summary>
    protected abstract string Dialect { get; }

    /// <summary>A plain open connection to the test's store, for writing a schema as an older version left it.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var journal in _opened) journal.Dispose();
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task CreateJobAsync_TenThousandItems_AreAllReadBackAsWrittenAndTheLastTakeAStatusAtOnce()
    {
        var journal = await JournalAsync();
        var items = Enumerable.Range(0, 10_000).Select(i => Item("big", i, i % 7 == 0 ? BulkItemAction.AlreadyDone : BulkItemAction.WillChange,
            i % 7 == 0 ? BulkItemStatus.Skipped : BulkItemStatus.Pending) with
        {
            UserName = i == 9_998 ? "Zoë \"Zed\" Ångström" : $"User {i}",
            Line = i + 2,
            WasPresent = i % 2 == 0,
            ProficiencyBefore = i % 3 == 0 ? 2.5 : null,
            Proficiency = 4,
            Note = i % 5 == 0 ? null : "will add",
        }).ToList();

        await journal.CreateJobAsync(NewJob("big"), items);
        await journal.SetItemStatusAsync("big", [9_999, 1], BulkItemStatus.InFlight);
        var back = await journal.GetItemsAsync("big");
        var job = await journal.GetJobAsync("big");

        var expected = items.Select(i => i.Index is 1 or 9_999 ? i with { Status = BulkItemStatus.InFlight } : i);
        Assert.Equal(expected.Select(i => i with { UpdatedAt = default }), back.Select(i => i with { UpdatedAt = default }));
        Assert.Equal((10_000, 8_571), (job!.ItemCount, job.UnfinishedCount));
    }

    [SkippableFact]
    public async Task CreateJobAsync_ThenRead_RoundTripsJobAndItems()
    {
        var journal = await JournalAsync();
        var job = NewJob("job-1") with { Proficiency = 3.5, RequestedBy = "admin@example.com", Resolution = ResolutionStrategy.Directory, Org = "org-a" };
        BulkJobItem[] items =
        [
            Item("job-1", 0, BulkItemAction.WillChange, BulkItemStatus.Pending) with
            {
                ProficiencyBefore = 2, WasPresent = true, Proficiency = 3.5, Line = 4_812, TargetId = "skill-7",
            },
            Item("job-1", 1, BulkItemAction.NotFound, BulkItemStatus.Skipped) with { UserId = null, UserName = null, Note = "no active user matches" },
        ];

        await journal.CreateJobAsync(job, items);

        var stored = await journal.GetJobAsync("job-1");
        Assert.NotNull(stored);
        Assert.Equal(job with { ItemCount = 2, ChangeCount = 1, UnfinishedCount = 1 }, stored);
        Assert.Equal(items, await journal.GetItemsAsync("job-1"));
    }

    [SkippableFact]
    public async Task SetItemStatusAsync_ChangesOnlyTheGivenItems()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("job-1"), [.. Enumerable.Range(0, 4).Select(i => Item("job-1", i, BulkItemAction.WillChange, BulkItemStatus.Pending))]);

        await journal.SetItemStatusAsync("job-1", [1, 2], BulkItemStatus.Failed, "500: boom", "note");

        var items = await journal.GetItemsAsync("job-1");
        Assert.Equal([BulkItemStatus.Pending, BulkItemStatus.Failed, BulkItemStatus.Failed, BulkItemStatus.Pending], items.Select(i => i.Status));
        Assert.Equal([null, "500: boom", "500: boom", null], items.Select(i => i.Error));
        Assert.Equal([null, "note", "note", null], items.Select(i => i.Note));
        Assert.Equal(2, (await journal.GetJobAsync("job-1"))!.FailedCount);
    }

    [SkippableFact]
    public async Task SetItemStatusAsync_ThousandsOfItems_ChangesEveryOne()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("job-1"), [.. Enumerable.Range(0, 2_500).Select(i => Item("job-1", i, BulkItemAction.WillChange, BulkItemStatus.Pending))]);

        await journal.SetItemStatusAsync("job-1", [.. Enumerable.Range(0, 2_400)], BulkItemStatus.Applied);

        var job = await journal.GetJobAsync("job-1");
        Assert.Equal((2_500, 2_400, 100), (job!.ItemCount, job.AppliedCount, job.UnfinishedCount));
    }

    [SkippableFact]
    public async Task SetItemStatusesAsync_SeveralChangesInOneCommit_AreMadeInOrder()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("job-1"), [.. Enumerable.Range(0, 4).Select(i => Item("job-1", i, BulkItemAction.WillChange, BulkItemStatus.Pending))]);

        await journal.SetItemStatusesAsync("job-1",
        [
            new ItemStatusChange([0, 1], BulkItemStatus.InFlight),
            new ItemStatusChange([0, 1], BulkItemStatus.Applied),
            new ItemStatusChange([2], BulkItemStatus.InFlight),
            new ItemStatusChange([3], BulkItemStatus.Failed, "409 conflict: version", "retried 10 times"),
        ]);

        var items = await journal.GetItemsAsync("job-1");
        Assert.Equal([BulkItemStatus.Applied, BulkItemStatus.Applied, BulkItemStatus.InFlight, BulkItemStatus.Failed], items.Select(i => i.Status));
        Assert.Equal([null, null, null, "409 conflict: version"], items.Select(i => i.Error));
        Assert.Equal("retried 10 times", items[3].Note);
    }

    [SkippableFact]
    public async Task UpdateJobAsync_StoresStatusCountsAndFinishTime()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("job-1"), []);

        await journal.UpdateJobAsync(NewJob("job-1") with
        {
            Status = BulkJobStatus.CompletedWithErrors, FinishedAt = Created.AddMinutes(1), Calls = 42, Http429 = 3, Error = "x",
        });

        var job = await journal.GetJobAsync("job-1");
        Assert.Equal((BulkJobStatus.CompletedWithErrors, Created.AddMinutes(1), 42, 3, "x"), (job!.Status, job.FinishedAt, job.Calls, job.Http429, job.Error));
    }

    [SkippableFact]
    public async Task UpdateJobAsync_UnknownJob_Throws()
    {
        var journal = await JournalAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.UpdateJobAsync(NewJob("nope")));
    }

    [SkippableFact]
    public async Task ListJobsAsync_ReturnsNewestFirstAndThoseCreatedAtOneInstantLatestFirst()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("old"), []);
        await journal.CreateJobAsync(NewJob("new") with { CreatedAt = Created.AddHours(1) }, []);
        await journal.CreateJobAsync(NewJob("old-but-later"), []);

        var jobs = await journal.ListJobsAsync();

        Assert.Equal(["new", "old-but-later", "old"], jobs.Select(j => j.Id));
    }

    [SkippableFact]
    public async Task ListJobsAsync_WithOrgAndLimit_ReturnsOnlyThatOrgsNewest()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("a1") with { Org = "a" }, []);
        await journal.CreateJobAsync(NewJob("b1") with { Org = "b" }, []);
        await journal.CreateJobAsync(NewJob("a2") with { Org = "a", CreatedAt = Created.AddMinutes(1) }, []);

        var jobs = await journal.ListJobsAsync(limit: 1, org: "a");

        Assert.Equal(["a2"], jobs.Select(j => j.Id));
    }

    [SkippableFact]
    public async Task CreateJobAsync_ExistingId_ThrowsAndKeepsTheFirst()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("job-1"), [Item("job-1", 0, BulkItemAction.WillChange, BulkItemStatus.Pending)]);

        await Assert.ThrowsAnyAsync<Exception>(() => journal.CreateJobAsync(NewJob("job-1"), []));

        Assert.Single(await journal.GetItemsAsync("job-1"));
    }

    [SkippableFact]
    public async Task GetJobAsync_UnknownId_ReturnsNull() => Assert.Null(await (await JournalAsync()).GetJobAsync("nope"));

    [SkippableFact]
    public async Task TryClaimLeaseAsync_HeldByAnotherInstance_RefusesWithHolderAndExpiry()
    {
        var first = await JournalAsync();
        var second = await AnotherInstanceAsync();
        await first.CreateJobAsync(NewJob("job-1"), []);

        var granted = await first.TryClaimLeaseAsync("job-1", "host-a (pid 1)", "token-a", Created, Created + LeaseLength);
        var refused = await second.TryClaimLeaseAsync("job-1", "host-b (pid 2)", "token-b", Created.AddSeconds(5), Created.AddSeconds(35));

        Assert.True(granted.Acquired);
        Assert.Equal(new JobLeaseClaim(false, "host-a (pid 1)", Created + LeaseLength), refused);
        var job = await second.GetJobAsync("job-1");
        Assert.Equal(("host-a (pid 1)", Created + LeaseLength), (job!.LeaseHolder, job.LeaseExpiresAt));
    }

    [SkippableFact]
    public async Task TryClaimLeaseAsync_AfterTheHoldersLeaseExpired_GrantsItToTheNextInstance()
    {
        var first = await JournalAsync();
        var second = await AnotherInstanceAsync();
        await first.TryClaimLeaseAsync("job-1", "host-a (pid 1)", "token-a", Created, Created + LeaseLength);

        var claim = await second.TryClaimLeaseAsync("job-1", "host-b (pid 2)", "token-b", Created + LeaseLength, Created + (2 * LeaseLength));

        Assert.True(claim.Acquired);
        Assert.False(await first.RenewLeaseAsync("job-1", "token-a", Created.AddMinutes(5)));
    }

    [SkippableFact]
    public async Task RenewLeaseAsync_ByTheHolder_ExtendsTheLease()
    {
        var journal = await JournalAsync();
        await journal.CreateJobAsync(NewJob("job-1"), []);
        await journal.TryClaimLeaseAsync("job-1", "host-a (pid 1)", "token-a", Created, Created + LeaseLength);

        Assert.True(await journal.RenewLeaseAsync("job-1", "token-a", Created.AddMinutes(2)));

        Assert.Equal(Created.AddMinutes(2), (await journal.GetJobAsync("job-1"))!.LeaseExpiresAt);
        var refused = await journal.TryClaimLeaseAsync("job-1", "host-b (pid 2)", "token-b", Created.AddMinutes(1), Created.AddMinutes(3));
        Assert.False(refused.Acquired);
    }

    [SkippableFact]
    public async Task ReleaseLeaseAsync_FreesTheJobAtOnce()
    {
        var first = await JournalAsync();
        var second = await AnotherInstanceAsync();
        await first.CreateJobAsync(NewJob("job-1"), []);
        await first.TryClaimLeaseAsync("job-1", "host-a (pid 1)", "token-a", Created, Created + LeaseLength);

        await second.ReleaseLeaseAsync("job-1", "token-b");
        var stillHeld = await second.GetJobAsync("job-1");
        await first.ReleaseLeaseAsync("job-1", "token-a");

        Assert.Equal("host-a (pid 1)", stillHeld!.LeaseHolder);
        Assert.Null((await second.GetJobAsync("job-1"))!.LeaseHolder);
        Assert.True((await second.TryClaimLeaseAsync("job-1", "host-b (pid 2)", "token-b", Created.AddSeconds(1), Created + LeaseLength)).Acquired);
    }

    [SkippableFact]
    public async Task TryClaimLeaseAsync_ManyInstancesAtOnce_GrantsExactlyOne()
    {
        var instances = new[] { await JournalAsync(), await AnotherInstanceAsync(), await AnotherInstanceAsync(), await AnotherInstanceAsync() };

        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            instances[i % instances.Length].TryClaimLeaseAsync("job-1", $"host-{i}", $"token-{i}", Created, Created + LeaseLength))));

        Assert.Single(claims, c => c.Acquired);
    }

    [SkippableFact]
    public async Task OpeningAJournalOfTheVersionBeforeLines_AddsLinesAndRingNumbersAndKeepsOldItemsWithNone()
    {
        await WriteVersionBeforeLinesAsync();

        var journal = await JournalAsync();
        var old = Assert.Single(await journal.GetItemsAsync("old-job"));
        await journal.CreateJobAsync(NewJob("new-job") with { Operation = BulkOperation.SetRingNumber },
            [Item("new-job", 0, BulkItemAction.WillChange, BulkItemStatus.Pending) with { Line = 4_812, WasPresent = true, RingNumberBefore = 2, RingNumber = 5 }]);
        var added = Assert.Single(await journal.GetItemsAsync("new-job"));

        Assert.Equal(("user-a", BulkItemStatus.Applied, (int?)null, (int?)null, (int?)null), (old.UserId, old.Status, old.Line, old.RingNumberBefore, old.RingNumber));
        Assert.Equal((4_812, 2, 5), (added.Line, added.RingNumberBefore, added.RingNumber));
        await using var connection = await OpenConnectionAsync();
        Assert.Equal(SchemaMigrator.Scripts(Dialect)[^1].Version, await connection.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_version"));
    }

    /// <summary>The journal as the release before item lines left it (versioned scripts 1–3), with one finished job.</summary>
    private async Task WriteVersionBeforeLinesAsync()
    {
        var scripts = SchemaMigrator.Scripts(Dialect).Where(s => s.Version < 4).ToList();
        await using var connection = await OpenConnectionAsync();
        foreach (var script in scripts) await connection.ExecuteAsync(script.Sql);
        await connection.ExecuteAsync("CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
        foreach (var script in scripts)
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, '2026-11-01T00:00:00Z')", new { script.Version, script.Name });
        await connection.ExecuteAsync("""
            INSERT INTO jobs (id, operation, target_id, target_name, resolution, status, created_at, calls, http429)
            VALUES ('old-job', 'AddToGroup', 'group-1', 'Sales', 'Search', 'Completed', @At, 3, 0)
            """, new { At = Created.UtcDateTime });
        await connection.ExecuteAsync("""
            INSERT INTO items (job_id, idx, identifier, user_id, action, was_present, status, updated_at)
            VALUES ('old-job', 0, 'a@example.com', 'user-a', 'WillChange', @WasPresent, 'Applied', @At)
            """, new { WasPresent = false, At = Created.UtcDateTime });
    }

    protected async Task<SqlJobJournal> JournalAsync() => _journal ??= Track(await OpenStoreAsync());

    protected async Task<SqlJobJournal> AnotherInstanceAsync()
    {
        await JournalAsync();
        return Track(await OpenStoreAsync());
    }

    protected static BulkJob NewJob(string id) => new(id, BulkOperation.AddToGroup, "group-1", "Sales", Created);

    protected static BulkJobItem Item(string jobId, int index, BulkItemAction action, BulkItemStatus status) =>
        new(jobId, index, $"user{index}@example.com", $"user-{index}", action, status) { UserName = $"User {index}", UpdatedAt = Created };

    private SqlJobJournal Track(SqlJobJournal journal)
    {
        _opened.Add(journal);
        return journal;
    }
}
