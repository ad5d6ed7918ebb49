using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Benchmarks.Skills;

/// <summary>The suite's bulk engine (what Skills Manager and <c>gcutil skills assign</c> run), journal included.</summary>
public static class SkillsSuiteContender
{
    public static Contender Create() => new(SkillsBenchmark.Name, "suite", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("gc-bench-journal-");
        try
        {
            using var connection = BulkConnection.Create(config, new BulkConnectionOptions { Api = options });
            using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(Path.Combine(folder.FullName, "jobs.db")));
            var engine = new BulkEngine(connection, journal);
            var assign = new BulkRequest(BulkOperation.AssignSkill, request.GroupId!, request.Emails) { Proficiency = SkillsBenchmark.Proficiency };
            var result = await engine.ApplyAsync(await engine.PlanAsync(assign, ct), null, ct);
            return new ContenderOutcome(result.Succeeded);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
