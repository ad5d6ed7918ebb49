using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Benchmarks.QueueMembership;

/// <summary>The suite's bulk engine (what Queue Manager and <c>gcutil queues add-members</c> run), journal included.</summary>
public static class QueueSuiteContender
{
    public static Contender Create() => new(QueueMembershipBenchmark.Name, "suite", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("gc-bench-journal-");
        try
        {
            using var connection = BulkConnection.Create(config, new BulkConnectionOptions { Api = options });
            using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(Path.Combine(folder.FullName, "jobs.db")));
            var engine = new BulkEngine(connection, journal);
            var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.AddToQueue, request.GroupId!, request.Emails), ct);
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
