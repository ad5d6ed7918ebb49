using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>The suite's bulk engine as a contender runs it: a pooled connection and a SQLite journal in the contender's scratch folder.</summary>
public static class SuiteEngine
{
    /// <summary>Plans <paramref name="request"/>, applies the plan and reports whether every change was made.</summary>
    public static async Task<ContenderOutcome> PlanAndApplyAsync(GenesysConfig config, GenesysApiOptions options, BulkRequest request, CancellationToken ct)
    {
        using var connection = BulkConnection.Create(config, new BulkConnectionOptions { Api = options });
        using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(ContenderScratch.NewFile(".db")));
        var engine = new BulkEngine(connection, journal);
        var result = await engine.ApplyAsync(await engine.PlanAsync(request, ct), null, ct);
        return new ContenderOutcome(result.Succeeded);
    }
}
