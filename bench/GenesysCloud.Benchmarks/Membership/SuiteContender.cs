using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Benchmarks.Membership;

/// <summary>The suite's bulk engine, journal included: plan (resolve + diff), then apply.</summary>
public static class SuiteContender
{
    public static Contender Create() => new(MembershipBenchmark.Name, "suite", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(
        GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("gc-bench-journal-");
        try
        {
            using var connection = BulkConnection.Create(config, new BulkConnectionOptions { Api = options });
            using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(Path.Combine(folder.FullName, "jobs.db")));
            var engine = new BulkEngine(connection, journal);
            var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, request.GroupId!, request.Emails), ct);
            var result = await engine.ApplyAsync(plan, null, ct);
            return new ContenderOutcome(result.Succeeded);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
