using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>The suite's bulk engine as a contender runs it: a pooled connection and a SQLite journal in the contender's scratch folder.</summary>
public static class SuiteEngine
{
    /// <summary>
    /// Plans <paramref name="request"/>, applies the plan and reports whether every change was made; the outcome can undo the
    /// job (the engine's undo, on the same journal).
    /// </summary>
    public static async Task<ContenderOutcome> PlanAndApplyAsync(GenesysConfig config, GenesysApiOptions options, BulkRequest request, CancellationToken ct)
    {
        using var connection = BulkConnection.Create(config, new BulkConnectionOptions { Api = options });
        var journalFile = ContenderScratch.NewFile(".db");
        using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(journalFile));
        var engine = new BulkEngine(connection, journal);
        var result = await engine.ApplyAsync(await engine.PlanAsync(request, ct), null, ct);
        return new ContenderOutcome(result.Succeeded) { UndoAsync = undoCt => UndoAsync(config, options, journalFile, result.Job.Id, undoCt) };
    }

    private static async Task UndoAsync(GenesysConfig config, GenesysApiOptions options, string journalFile, string jobId, CancellationToken ct)
    {
        using var connection = BulkConnection.Create(config, new BulkConnectionOptions { Api = options });
        using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(journalFile));
        var engine = new BulkEngine(connection, journal);
        var undone = await engine.ApplyAsync(await engine.PlanUndoAsync(jobId, ct: ct), null, ct);
        if (!undone.Succeeded) throw new InvalidOperationException($"Undoing warm-up job {jobId} failed.");
    }
}
