using System.Globalization;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Utilities.Jobs;

/// <summary>
/// The Jobs utility's logic: list journaled bulk jobs, show their per-item results, export them, resume an
/// unfinished job, and undo a finished one (plan the inverse, preview it, apply it).
/// </summary>
public sealed class JobsService
{
    private readonly BulkEngine _engine;
    private readonly string? _requestedBy;

    /// <summary>Creates the service for a connected client and the app's journal.</summary>
    /// <param name="api">The connected client (resume and undo send changes with it).</param>
    /// <param name="journal">The job journal.</param>
    /// <param name="requestedBy">Who starts undo jobs, for the audit trail.</param>
    public JobsService(GenesysCloudApi api, IJobJournal journal, string? requestedBy = null)
    {
        _engine = BulkEngines.For(api, journal);
        _requestedBy = requestedBy;
    }

    /// <summary>Jobs newest first.</summary>
    public Task<IReadOnlyList<BulkJob>> ListAsync(int limit = 200, CancellationToken ct = default) => _engine.ListJobsAsync(limit, ct);

    /// <summary>A job with every item's result, or null when the journal does not know it.</summary>
    public Task<BulkJobResult?> GetAsync(string jobId, CancellationToken ct = default) => _engine.GetJobAsync(jobId, ct);

    /// <summary>
    /// Finishes an interrupted job without repeating applied items. When cancelled, returns the journal's view
    /// (the job stays resumable) instead of throwing.
    /// </summary>
    public Task<BulkJobResult> ResumeAsync(string jobId, IProgress<BulkProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(jobId, () => _engine.ResumeAsync(jobId, progress, ct), ct);

    /// <summary>Plans the inverse of a job from its journaled before-states; nothing is changed.</summary>
    public Task<BulkPlan> PlanUndoAsync(string jobId, CancellationToken ct = default) => _engine.PlanUndoAsync(jobId, _requestedBy, ct);

    /// <summary>Applies a confirmed undo plan as a new journaled job. When cancelled, returns the journal's view.</summary>
    public Task<BulkJobResult> ApplyUndoAsync(BulkPlan undo, IProgress<BulkProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(undo.JobId, () => _engine.ApplyAsync(undo, progress, ct), ct);

    /// <summary>A job's items as formula-safe CSV, one line per input identifier.</summary>
    public static byte[] ExportItems(BulkJobResult result) => SafeCsvWriter.ToUtf8Bytes(
        ["jobId", "index", "identifier", "userId", "userName", "action", "status", "wasPresent", "proficiencyBefore", "proficiency", "note", "error", "updatedAt"],
        result.Items.Select(i => new[]
        {
            i.JobId, (i.Index + 1).ToString(), i.Identifier, i.UserId, i.UserName, i.Action.ToString(), i.Status.ToString(),
            i.WasPresent ? "true" : "false", i.ProficiencyBefore?.ToString(), i.Proficiency?.ToString(), i.Note, i.Error, i.UpdatedAt.ToString("O"),
        }));

    /// <summary>The job list as formula-safe CSV (the audit trail: who, when, what, how it ended).</summary>
    public static byte[] ExportJobs(IEnumerable<BulkJob> jobs) => SafeCsvWriter.ToUtf8Bytes(
        ["jobId", "createdAt", "finishedAt", "requestedBy", "operation", "targetId", "targetName", "status", "items", "changes", "applied", "failed", "unfinished", "calls", "http429", "undoOf", "error"],
        jobs.Select(j => new[]
        {
            j.Id, j.CreatedAt.ToString("O"), j.FinishedAt?.ToString("O"), j.RequestedBy, j.Operation.ToString(), j.TargetId, j.TargetName,
            j.Status.ToString(), j.ItemCount.ToString(), j.ChangeCount.ToString(), j.AppliedCount.ToString(), j.FailedCount.ToString(),
            j.UnfinishedCount.ToString(), j.Calls.ToString(), j.Http429.ToString(), j.UndoOfJobId, j.Error,
        }));

    /// <summary>"Add to group", "Remove from queue" … for lists.</summary>
    public static string Describe(BulkOperation operation) => operation switch
    {
        BulkOperation.AddToGroup => "Add to group",
        BulkOperation.RemoveFromGroup => "Remove from group",
        BulkOperation.AddToQueue => "Add to queue",
        BulkOperation.RemoveFromQueue => "Remove from queue",
        BulkOperation.SyncQueue => "Make queue like another",
        BulkOperation.JoinQueue => "Join to queue",
        BulkOperation.UnjoinQueue => "Unjoin from queue",
        BulkOperation.AssignSkill => "Assign skill",
        BulkOperation.EndConversation => "End conversations",
        BulkOperation.ChangeSkill => "Change skill",
        _ => "Remove skill",
    };

    /// <summary>"Change", "Already done", "Not found" … for item lists.</summary>
    public static string Describe(BulkItemAction action) => action switch
    {
        BulkItemAction.WillChange => "Change",
        BulkItemAction.AlreadyDone => "Already done",
        BulkItemAction.NotFound => "Not found",
        BulkItemAction.Duplicate => "Duplicate",
        BulkItemAction.CannotChangeHere => "Cannot change here",
        BulkItemAction.NotApplicable => "Does not apply",
        _ => "Invalid",
    };

    /// <summary>A journal time in UTC, labelled as such: "2026-11-26 21:40:05 UTC" (without seconds for lists).</summary>
    public static string Time(DateTimeOffset time, bool seconds = true) =>
        time.UtcDateTime.ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>"2 of 3", or "2 of 3, 1 failed": applied changes for the job list.</summary>
    public static string Summary(BulkJob job) =>
        job.FailedCount == 0 ? $"{job.AppliedCount:N0} of {job.ChangeCount:N0}" : $"{job.AppliedCount:N0} of {job.ChangeCount:N0}, {job.FailedCount:N0} failed";

    /// <summary>True when the job can be resumed: it stopped early or some items failed.</summary>
    public static bool CanResume(BulkJob job) => job.Status != BulkJobStatus.Completed && (job.UnfinishedCount > 0 || job.FailedCount > 0);

    /// <summary>True when the job changed something that an undo can put back.</summary>
    public static bool CanUndo(BulkJob job) =>
        job.Status != BulkJobStatus.Running && job.AppliedCount > 0 && job.Operation != BulkOperation.EndConversation;

    private async Task<BulkJobResult> RunAsync(string jobId, Func<Task<BulkJobResult>> run, CancellationToken ct)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return await _engine.GetJobAsync(jobId, CancellationToken.None)
                ?? throw new InvalidOperationException($"Job {jobId} was cancelled before it was journaled.");
        }
    }
}
