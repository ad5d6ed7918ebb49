using System.Text.Json;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Execution;

/// <summary>
/// Sends a job's pending items in batches at the API maximum. Each batch is marked in flight in the journal
/// before it is sent (ahead of the senders) and applied/failed after (with the next commit), so a crash leaves an exact record to reconcile on resume.
/// A batch rejected as bad input is split to find the items at fault; retries of transient failures and conflicts are the SDK's.
/// </summary>
internal sealed class JobRunner(BulkEngineOptions options)
{
    /// <summary>
    /// Sends <paramref name="items"/>; queued outcomes are committed when the run ends, however it ends, unless
    /// <paramref name="lease"/> was lost (another process may own the job now, and the journal is its to write). With
    /// <paramref name="firstWaveJournaled"/>, the first wave's items were journaled in flight with the job (<see cref="FirstWave"/>).
    /// </summary>
    public async Task RunAsync(JournaledItems journaled, BulkTarget target, IReadOnlyList<BulkJobItem> items, RunMeter meter,
        IProgress<BulkProgress>? progress, JobLease lease, CancellationToken ct, bool firstWaveJournaled = false)
    {
        var tracker = new ProgressTracker(items.Count, meter, progress);
        tracker.Report(0);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Senders(target), CancellationToken = ct };
        var statuses = new ItemStatusWriter(journaled);
        var marker = new InFlightMarker(statuses, parallel.MaxDegreeOfParallelism);
        using var stopMarking = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var marking = marker.MarkAsync([.. items.Chunk(target.BatchSize)], firstWaveJournaled, stopMarking.Token);
        try
        {
            await Parallel.ForEachAsync(marker.TakeAsync(ct), parallel, async (batch, token) =>
            {
                await SendAsync(statuses, target, batch, token);
                tracker.Report(batch.Length);
            });
            await marking;
        }
        finally
        {
            await stopMarking.CancelAsync(); // the senders stopped: mark no more
            await marking.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            if (!lease.IsLost)
            {
                marker.PutBackUntaken();
                await statuses.FlushAsync();
            }
        }
    }

    /// <summary>
    /// <paramref name="items"/> (a new job's, in the order they will be sent) with the first wave, the batches the senders
    /// start with, in flight: journaled so with the job, they need no commit of their own before they go.
    /// </summary>
    public IReadOnlyList<BulkJobItem> FirstWave(IReadOnlyList<BulkJobItem> items, BulkTarget target)
    {
        var left = Senders(target) * target.BatchSize;
        var marked = new BulkJobItem[items.Count];
        for (var i = 0; i < items.Count; i++)
            marked[i] = items[i].Status == BulkItemStatus.Pending && left-- > 0 ? items[i] with { Status = BulkItemStatus.InFlight } : items[i];
        return marked;
    }

    private int Senders(BulkTarget target) => target.Sequential ? 1 : Math.Max(1, options.MaxConcurrency);

    private static async Task SendAsync(ItemStatusWriter statuses, BulkTarget target, IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        var response = await target.SendAsync(batch, ct);
        if (response.Success)
        {
            statuses.Queue(new ItemStatusChange(Indexes(batch), BulkItemStatus.Applied));
            return;
        }

        if (batch.Count > 1 && IsRejectedInput(response))
        {
            var half = batch.Count / 2;
            await SendAsync(statuses, target, [.. batch.Take(half)], ct);
            await SendAsync(statuses, target, [.. batch.Skip(half)], ct);
            return;
        }

        statuses.Queue(new ItemStatusChange(Indexes(batch), BulkItemStatus.Failed, Describe(response)));
    }

    /// <summary>A batch the API refused for its content; a conflict the SDK could not resolve is not one (splitting would not help).</summary>
    private static bool IsRejectedInput(ApiResponse<JsonElement> response) => response.StatusCode is 400 or 404 or 422 && !response.IsConflict;

    private static string Describe(ApiResponse<JsonElement> response) =>
        $"{response.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}" +
        $"{(response.ErrorCode is { } code ? $" {code}" : "")}: {response.Error}" +
        $"{(response.ContextId is { } context ? $" (contextId {context})" : "")}";

    private static int[] Indexes(IEnumerable<BulkJobItem> batch) => [.. batch.Select(i => i.Index)];
}
