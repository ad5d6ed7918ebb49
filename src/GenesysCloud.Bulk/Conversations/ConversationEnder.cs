using System.Collections.Concurrent;
using System.Globalization;
using GenesysCloud.Bulk.Execution;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Conversations;

/// <summary>
/// Ends conversations as a journaled job (<see cref="BulkOperation.EndConversation"/>); run through
/// <see cref="BulkEngine.ApplyAsync"/> and <see cref="BulkEngine.ResumeAsync"/>. Each conversation is re-read just
/// before it is ended and skipped when it has ended meanwhile; a disconnect Genesys accepts (202) is reported as
/// ended only once a re-read shows the end. Every item ends as ended, already ended (skipped) or failed with the
/// Genesys error. Resumable (every unfinished item is re-read first, so nothing is sent twice); not undoable: an
/// ended conversation cannot be restarted.
/// </summary>
internal sealed class ConversationEnder(BulkConnection connection, IJobJournal journal, JobRecords records, ConversationEndOptions options)
{
    public async Task<BulkJobResult> ApplyAsync(BulkPlan plan, IProgress<BulkProgress>? progress, JobLease lease, CancellationToken ct)
    {
        var meter = new RunMeter(connection);
        var job = new BulkJob(plan.JobId, BulkOperation.EndConversation, ConversationEndPlanner.TargetId, plan.TargetName, connection.Time.GetUtcNow())
        {
            Org = connection.OrgKey,
            RequestedBy = plan.Request.RequestedBy,
            Resolution = ResolutionStrategy.None,
            Calls = plan.PlanningCalls,
        };
        var items = plan.Items.Select(i => new BulkJobItem(job.Id, i.Index, i.Identifier, null, i.Action,
            i.Action == BulkItemAction.WillChange ? BulkItemStatus.Pending : BulkItemStatus.Skipped)
        {
            UserName = i.UserName,
            Line = i.Line,
            Note = i.Note,
            UpdatedAt = job.CreatedAt,
        }).ToList();
        await journal.CreateJobAsync(job, items, ct);
        return await RunAsync(job, [.. items.Where(i => i.Status == BulkItemStatus.Pending)], meter, progress, lease, ct);
    }

    /// <summary>Runs every item left pending, in flight or failed; each is re-read before anything is sent.</summary>
    public async Task<BulkJobResult> ResumeAsync(BulkJob job, IProgress<BulkProgress>? progress, JobLease lease, CancellationToken ct)
    {
        var meter = new RunMeter(connection);
        var unfinished = (await journal.GetItemsAsync(job.Id, ct))
            .Where(i => i.Action == BulkItemAction.WillChange && i.Status is BulkItemStatus.Pending or BulkItemStatus.InFlight or BulkItemStatus.Failed)
            .ToList();
        if (unfinished.Count == 0 && job.Status is BulkJobStatus.Completed) return await records.ResultAsync(job.Id, meter, ct);
        await journal.UpdateJobAsync(job with { Status = BulkJobStatus.Running, Error = null }, ct);
        return await RunAsync(job, unfinished, meter, progress, lease, ct);
    }

    private Task<BulkJobResult> RunAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, RunMeter meter,
        IProgress<BulkProgress>? progress, JobLease lease, CancellationToken jobCt) =>
        records.RunAsync(job, meter, lease, async ct =>
        {
            var tracker = new ProgressTracker(items.Count, meter, progress);
            tracker.Report(0);
            var accepted = new ConcurrentBag<BulkJobItem>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxConcurrency), CancellationToken = ct };
            await Parallel.ForEachAsync(items, parallel, async (item, token) =>
            {
                if (await EndAsync(job.Id, item, token)) accepted.Add(item);
                else tracker.Report(1);
            });
            await VerifyAsync(job.Id, [.. accepted], tracker, ct);
        }, jobCt);

    /// <summary>
    /// Re-reads the conversation and, when it still has no end, disconnects it. True when Genesys accepted the
    /// disconnect (the item stays in flight until <see cref="VerifyAsync"/> sees the end); false when the item is done.
    /// </summary>
    private async Task<bool> EndAsync(string jobId, BulkJobItem item, CancellationToken ct)
    {
        var maybeSent = item.Status is BulkItemStatus.InFlight or BulkItemStatus.Failed;
        await Set(jobId, item, BulkItemStatus.InFlight, null, null, ct);
        var api = connection.Api;
        var current = await api.Conversations.GetAsync(item.Identifier, ct);
        if (!current.Success)
        {
            await Set(jobId, item, BulkItemStatus.Failed, Describe(current, "re-reading it"), null, ct);
            return false;
        }

        if (current.Data!.IsEnded)
        {
            // An item in flight (or failed) when the job stopped may have been ended by this job: not "already ended".
            if (maybeSent) await Set(jobId, item, BulkItemStatus.Applied, null, ConversationEndNotes.ConfirmedOnResume, ct);
            else await Set(jobId, item, BulkItemStatus.Skipped, null, ConversationEndNotes.AlreadyEnded(current.Data.EndTime), ct);
            return false;
        }

        var disconnect = await api.Conversations.DisconnectAsync(item.Identifier, ct);
        if (disconnect.Success) return true;

        // A 400 may mean it ended between the re-read and the disconnect: read once more before calling it a failure.
        var after = await api.Conversations.GetAsync(item.Identifier, ct);
        if (after is { Success: true, Data.IsEnded: true })
            await Set(jobId, item, BulkItemStatus.Skipped, null, ConversationEndNotes.AlreadyEnded(after.Data.EndTime), ct);
        else
            await Set(jobId, item, BulkItemStatus.Failed, Describe(disconnect, "ending it"), null, ct);
        return false;
    }

    /// <summary>Reports a disconnect as done only when a re-read shows the conversation's end.</summary>
    private async Task VerifyAsync(string jobId, IReadOnlyList<BulkJobItem> accepted, ProgressTracker tracker, CancellationToken ct)
    {
        var waiting = accepted.ToList();
        for (var read = 1; waiting.Count > 0; read++)
        {
            if (options.VerifyDelay > TimeSpan.Zero) await Task.Delay(options.VerifyDelay, connection.Time, ct);
            var still = new ConcurrentBag<BulkJobItem>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxConcurrency), CancellationToken = ct };
            await Parallel.ForEachAsync(waiting, parallel, async (item, token) =>
            {
                var current = await connection.Api.Conversations.GetAsync(item.Identifier, token);
                if (current is { Success: true, Data.IsEnded: true })
                {
                    await Set(jobId, item, BulkItemStatus.Applied, null, ConversationEndNotes.Ended, token);
                    tracker.Report(1);
                }
                else still.Add(item);
            });
            waiting = [.. still];
            if (read < Math.Max(1, options.VerifyAttempts)) continue;
            foreach (var item in waiting)
            {
                await Set(jobId, item, BulkItemStatus.Failed, ConversationEndNotes.StillActive(read), null, ct);
                tracker.Report(1);
            }
            return;
        }
    }

    private Task Set(string jobId, BulkJobItem item, BulkItemStatus status, string? error, string? note, CancellationToken ct) =>
        journal.SetItemStatusAsync(jobId, [item.Index], status, error, note, ct);

    private static string Describe<T>(ApiResponse<T> response, string doing) =>
        $"{response.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no response"}" +
        $"{(response.ErrorCode is { } code ? $" {code}" : "")} while {doing}: {response.Error}" +
        $"{(response.ContextId is { } context ? $" (contextId {context})" : "")}";
}
