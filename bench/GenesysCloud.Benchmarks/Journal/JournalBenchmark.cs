using System.Diagnostics;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Journal;

/// <summary>
/// The journal's cost in one real job: N emails added to one group by the bulk engine against the in-process
/// emulator, once on SQLite and once on PostgreSQL, every journal call timed. Journal time is measured in the
/// engine's process (it is the engine's own waiting), so this benchmark runs in-process, not as a contender.
/// </summary>
public static class JournalBenchmark
{
    public const string Name = "journal";

    public static async Task<IReadOnlyList<JournalRun>> RunAsync(int items, int rateLimit, int latencyMs, string? postgres, CancellationToken ct)
    {
        var runs = new List<JournalRun>();
        var folder = Directory.CreateTempSubdirectory("gc-bench-journal-");
        try
        {
            runs.Add(await RunOneAsync("SQLite", new SqliteJobJournal(SqliteJobJournal.ForFile(Path.Combine(folder.FullName, "jobs.db"))),
                items, rateLimit, latencyMs, ct));
            if (postgres is not null)
                runs.Add(await RunOneAsync("PostgreSQL", new PostgresJobJournal(postgres), items, rateLimit, latencyMs, ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        return runs;
    }

    private static async Task<JournalRun> RunOneAsync(string name, SqlJobJournal store, int items, int rateLimit, int latencyMs, CancellationToken ct)
    {
        using var journal = store;
        if (journal is PostgresJobJournal postgres) await postgres.MigrateAsync(ct);
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions
        {
            Users = items + (items / 10),
            Conversations = 0,
            RateLimitPerMinute = rateLimit,
            Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(latencyMs) },
        });
        var group = emulator.State.Groups.OrderBy(g => g.Id, StringComparer.Ordinal).First();
        // The group's owners and rule members are left out: how the engine treats them is issue 7's, not the journal's.
        var notIndividuals = emulator.State.GetGroupReachIds(group.Id).Except(emulator.State.GetGroupMemberIds(group.Id)).ToHashSet(StringComparer.Ordinal);
        var wanted = emulator.State.Users.Where(u => Harness.OrgUsers.IsActive(u) && !notIndividuals.Contains(u.Id)).Take(items).ToList();
        var expected = emulator.State.GetGroupMemberIds(group.Id).Union(wanted.Select(u => u.Id)).ToHashSet(StringComparer.Ordinal);
        var emails = wanted.Select(u => u.Email).ToList();
        var config = new GenesysConfig(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl };
        using var connection = BulkConnection.Create(config, new BulkConnectionOptions { Api = new GenesysApiOptions { RequestsPerMinute = rateLimit } });
        var timed = new TimedJournal(journal);
        var engine = new BulkEngine(connection, timed);

        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group.Id, emails), ct);
        var started = Stopwatch.GetTimestamp();
        var result = await engine.ApplyAsync(plan, null, ct);
        var wall = Stopwatch.GetElapsedTime(started);

        var correct = result.Job.Status == BulkJobStatus.Completed && emulator.State.GetGroupMemberIds(group.Id).SetEquals(expected);
        return new JournalRun(name, emails.Count, result.Calls, wall, timed.Create, timed.ItemWrites, timed.Other, timed.Calls, correct);
    }
}
