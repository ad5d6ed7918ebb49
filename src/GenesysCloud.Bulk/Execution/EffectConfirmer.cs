using System.Globalization;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Execution;

/// <summary>
/// For targets whose success only means "accepted" (queue join/unjoin is processed asynchronously): the items just
/// sent go back in flight, the target is re-read after each of <see cref="BulkEngineOptions.EffectCheckDelays"/>,
/// and each item is marked applied once the org shows it, or failed when it never does. Cancelled midway, the items
/// stay in flight, so resuming reconciles them against the org.
/// </summary>
internal sealed class EffectConfirmer(BulkEngineOptions options, TimeProvider time)
{
    private const string Waiting = "accepted by the API; waiting for it to take effect";

    public async Task ConfirmAsync(BulkJob job, JournaledItems journaled, BulkTarget target, IReadOnlyList<BulkJobItem> sent, CancellationToken ct)
    {
        var sentIndexes = sent.Select(i => i.Index).ToHashSet();
        var waiting = journaled.Snapshot()
            .Where(i => sentIndexes.Contains(i.Index) && i.Status == BulkItemStatus.Applied)
            .ToList();
        if (waiting.Count == 0) return;
        await journaled.SetAsync(waiting, BulkItemStatus.InFlight, null, Waiting, ct);

        var delays = options.EffectCheckDelays.Count > 0 ? options.EffectCheckDelays : [TimeSpan.Zero];
        foreach (var delay in delays)
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, time, ct);
            var state = await target.ReadStateAsync([.. waiting.Select(i => i.UserId!)], ct);
            var done = waiting.Where(i => TargetGoal.IsReached(job.Operation, i, state)).ToList();
            if (done.Count > 0)
                await journaled.SetAsync(done, BulkItemStatus.Applied, null, "confirmed: the org shows the change", ct);
            waiting = [.. waiting.Except(done)];
            if (waiting.Count == 0) return;
        }

        var seconds = delays.Sum(d => d.TotalSeconds).ToString("0.#", CultureInfo.InvariantCulture);
        await journaled.SetAsync(waiting, BulkItemStatus.Failed,
            $"accepted by the API, but the org still did not show the change after {delays.Count} re-reads over {seconds} s", null, ct);
    }
}
