using System.Data.Common;
using Dapper;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Journal.Migrations;
using Microsoft.Data.Sqlite;

namespace GenesysCloud.Bulk.Tests.Journal;

/// <summary>The journal contract on a SQLite file, and the upgrade in place of journals written before versioning.</summary>
public sealed class SqliteJobJournalTests : JobJournalContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "bulk-tests", $"{Guid.NewGuid():N}.db");

    protected override string Dialect => "Sqlite";

    protected override Task<SqlJobJournal> OpenStoreAsync() => Task.FromResult<SqlJobJournal>(new SqliteJobJournal(SqliteJobJournal.ForFile(_path)));

    protected override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection(SqliteJobJournal.ForFile(_path));
        await connection.OpenAsync();
        return connection;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(file);
    }

    [Fact]
    public async Task AJobWhoseProcessStoppedBeforeItsStagedItemsWereRows_HasThemAllWhenTheJournalIsOpenedAgain()
    {
        var count = SqliteJobJournal.RowsAtCreation + 1_500;
        var items = Enumerable.Range(0, count).Select(i => Item("stopped", i, BulkItemAction.WillChange, BulkItemStatus.Pending)).ToList();
        using (var stopped = new SqliteJobJournal(SqliteJobJournal.ForFile(_path)) { StoresStagedItems = false })
            await stopped.CreateJobAsync(NewJob("stopped"), items);
        await using (var connection = await OpenConnectionAsync())
            Assert.Equal(SqliteJobJournal.RowsAtCreation, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items"));

        var reopened = await JournalAsync();
        var back = await reopened.GetItemsAsync("stopped");

        Assert.Equal(items.Select(i => i.Identifier), back.Select(i => i.Identifier));
        await using var after = await OpenConnectionAsync();
        Assert.Equal(0, await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE staged_items IS NOT NULL"));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public async Task OpeningAJournalFromBeforeVersioning_UpgradesItInPlaceAndKeepsItsJobs(bool hadOrgColumn, int versionFound)
    {
        await WriteUnversionedJournalAsync(hadOrgColumn);

        var journal = await JournalAsync();
        var job = await journal.GetJobAsync("old-job");
        await journal.CreateJobAsync(NewJob("new-job") with { Org = "org-a" }, []);

        Assert.Equal(("Sales", (string?)null), (job!.TargetName, job.Org));
        Assert.Equal(1, job.ItemCount);
        Assert.Null(Assert.Single(await journal.GetItemsAsync("old-job")).TargetId); // items of before 005 change the job's target
        Assert.Equal("org-a", (await journal.GetJobAsync("new-job"))!.Org);
        await using var connection = new SqliteConnection(SqliteJobJournal.ForFile(_path));
        var versions = (await connection.QueryAsync<(long Version, string Name)>("SELECT version, name FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(SchemaMigrator.Scripts("Sqlite").Select(s => (long)s.Version), versions.Select(v => v.Version));
        Assert.All(versions.Take(versionFound), v => Assert.EndsWith("(existed before versioning)", v.Name, StringComparison.Ordinal));
        Assert.All(versions.Skip(versionFound), v => Assert.DoesNotContain("existed", v.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoProcessesOpeningANewJournalAtOnce_ApplyEachMigrationOnce()
    {
        var first = await JournalAsync();
        var second = await AnotherInstanceAsync();

        await Task.WhenAll(Task.Run(() => first.ListJobsAsync()), Task.Run(() => second.ListJobsAsync()));

        await using var connection = new SqliteConnection(SqliteJobJournal.ForFile(_path));
        Assert.Equal(SchemaMigrator.Scripts("Sqlite").Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    /// <summary>The schema the journal created before it was versioned (with or without the org column), with one job.</summary>
    private async Task WriteUnversionedJournalAsync(bool withOrg)
    {
        await using var connection = new SqliteConnection(SqliteJobJournal.ForFile(_path));
        await connection.ExecuteAsync(SchemaMigrator.Scripts("Sqlite")[0].Sql);
        if (withOrg) await connection.ExecuteAsync(SchemaMigrator.Scripts("Sqlite")[1].Sql);
        await connection.ExecuteAsync("""
            INSERT INTO jobs (id, operation, target_id, target_name, resolution, status, created_at, calls, http429)
            VALUES ('old-job', 'AddToGroup', 'group-1', 'Sales', 'Search', 'Completed', '2026-11-01T10:00:00.0000000Z', 3, 0);
            INSERT INTO items (job_id, idx, identifier, user_id, action, was_present, status, updated_at)
            VALUES ('old-job', 0, 'a@example.com', 'user-a', 'WillChange', 0, 'Applied', '2026-11-01T10:00:01.0000000Z');
            """);
    }
}
