using System.Collections.Concurrent;
using System.Globalization;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.SkillsManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Jobs;

/// <summary>
/// The Jobs utility's logic: list the org's journaled bulk jobs, show their per-item results, export them, find
/// interrupted ones, resume a job and undo one (preview the inverse, then apply it) through the shared workflow,
/// so resumes and undos run in the background runner like every other job.
/// </summary>
/// <param name="workflow">The session's workflow (its engine, journal and runner).</param>
/// <param name="api">The session's current client, to name what a copy's rows change ("gives 2 skills"); without one they count changes.</param>
public sealed class JobsService(BulkWorkflowService workflow, Func<GenesysCloudApi?>? api = null)
{
    private readonly ConcurrentDictionary<string, (BulkJob Counted, JobPeople People)> _people = new(StringComparer.Ordinal);
    private (GenesysCloudApi Api, Task<Func<IReadOnlyList<BulkPlanItem>, string>?> Summary)? _copySummary;

    /// <summary>The session's workflow.</summary>
    public BulkWorkflowService Workflow { get; } = workflow ?? throw new ArgumentNullException(nameof(workflow));

    /// <summary>Jobs newest first.</summary>
    public Task<IReadOnlyList<BulkJob>> ListAsync(int limit = 200, CancellationToken ct = default) => Workflow.Engine.ListJobsAsync(limit, ct);

    /// <summary>
    /// The per-person counts of the jobs among <paramref name="jobs"/> that are read per person (copies, see
    /// <see cref="JobPeople.AppliesTo"/>), by job id. The journal counts items, not people, so each such job's items are
    /// read, and read again only when its counts or status changed; every other job costs nothing.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, JobPeople>> PeopleAsync(IEnumerable<BulkJob> jobs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var counts = new Dictionary<string, JobPeople>(StringComparer.Ordinal);
        foreach (var job in jobs.Where(JobPeople.AppliesTo))
        {
            if (!_people.TryGetValue(job.Id, out var known) || !SameCounts(known.Counted, job))
            {
                if (await GetAsync(job.Id, ct) is not { } result)
                    continue;
                known = (job, JobPeople.Count(result.Items));
                _people[job.Id] = known;
            }

            counts[job.Id] = known.People;
        }

        return counts;
    }

    /// <summary>A job with every item's result, or null when the journal does not know it.</summary>
    public Task<BulkJobResult?> GetAsync(string jobId, CancellationToken ct = default) => Workflow.Engine.GetJobAsync(jobId, ct);

    /// <summary>The jobs among <paramref name="jobs"/> that were interrupted (crash, kill or shutdown) and wait to be resumed.</summary>
    public IReadOnlyList<BulkJob> Interrupted(IEnumerable<BulkJob> jobs) => [.. jobs.Where(Workflow.Runner.IsInterrupted)];

    /// <summary>True while the runner of this process runs the job.</summary>
    public bool IsRunning(string jobId) => Workflow.Runner.Find(jobId) is { IsActive: true };

    /// <summary>True when the job can be resumed: it stopped early or some items failed, and it is not running.</summary>
    public bool CanResume(BulkJob job) => !IsRunning(job.Id) && CanResumeJob(job);

    /// <summary>True when the job changed something that an undo can put back, and it is not running.</summary>
    public bool CanUndo(BulkJob job) => !IsRunning(job.Id) && CanUndoJob(job);

    /// <summary>
    /// A job's items as rows: one per input row, as its preview had them, so a copy reads one row per person with its
    /// items summed up and their outcomes ("2 of 3 changes applied, 1 failed", each failure's reason).
    /// </summary>
    public async Task<IReadOnlyList<WorkRow>> RowsAsync(BulkJobResult result, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WorkRows.FromJournal(result.Items, await RowSummaryAsync(result.Job, ct));
    }

    /// <summary>Finishes an interrupted job in the background runner without repeating applied items; its rows read as its preview's did.</summary>
    public async Task<RunningJob> ResumeAsync(BulkJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Workflow.Resume(job, await RowSummaryAsync(job, ct));
    }

    /// <summary>Plans the inverse of a job from its journaled before-states, as a preview; nothing is changed.</summary>
    public async Task<WorkPreview> PreviewUndoAsync(BulkJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return await Workflow.PreviewUndoAsync(job, await RowSummaryAsync(job, ct), ct);
    }

    /// <summary>
    /// A job's items as formula-safe CSV, one line per journaled item: the audit's unit, since each item has its own
    /// before-state and result (a copy's person has one line per skill or language, its <c>targetId</c>, under the
    /// person's input <c>line</c>; the page's rows sum them up).
    /// </summary>
    public static byte[] ExportItems(BulkJobResult result) => SafeCsvWriter.ToUtf8Bytes(
        ["jobId", "index", "line", "identifier", "userId", "userName", "targetId", "action", "status", "wasPresent", "proficiencyBefore", "proficiency",
            "ringNumberBefore", "ringNumber", "note", "error", "updatedAt"],
        result.Items.Select(i => new[]
        {
            i.JobId, (i.Index + 1).ToString(), Number(i.Line), i.Identifier, i.UserId, i.UserName, i.TargetId, i.Action.ToString(), i.Status.ToString(),
            i.WasPresent ? "true" : "false", i.ProficiencyBefore?.ToString(), i.Proficiency?.ToString(), Number(i.RingNumberBefore), Number(i.RingNumber),
            i.Note, i.Error, i.UpdatedAt.ToString("O"),
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

    /// <summary>A journal time in UTC, labelled as such: "2026-11-26 21:40:05 UTC" (without seconds for lists).</summary>
    public static string Time(DateTimeOffset time, bool seconds = true) =>
        time.UtcDateTime.ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>"2 of 3", or "2 of 3, 1 failed": applied changes for the job list.</summary>
    public static string Summary(BulkJob job) =>
        JobPeople.AppliedOf(job.AppliedCount, job.ChangeCount.ToString("N0", CultureInfo.CurrentCulture), job.FailedCount);

    /// <summary>The list's applied count: per person for a job read per person (<paramref name="people"/>), else <see cref="Summary(BulkJob)"/>.</summary>
    public static string Summary(BulkJob job, JobPeople? people) => people?.ToString() ?? Summary(job);

    /// <summary>True when the journal shows the job stopped early or has failed items.</summary>
    public static bool CanResumeJob(BulkJob job) => job.Status != BulkJobStatus.Completed && (job.UnfinishedCount > 0 || job.FailedCount > 0);

    /// <summary>True when the journal shows the job changed something an undo can put back (an ended conversation cannot be).</summary>
    public static bool CanUndoJob(BulkJob job) =>
        job.Status != BulkJobStatus.Running && job.AppliedCount > 0 && job.Operation != BulkOperation.EndConversation;

    /// <summary>
    /// How a row of the job's several items is summed up, as the utility's preview did: a copy names skills and languages
    /// apart, read once per page from the org (two listings). Null (rows count their changes) for other jobs, without a
    /// client, or when the person may not list skills and languages: each item's note still names what it changes.
    /// </summary>
    private Task<Func<IReadOnlyList<BulkPlanItem>, string>?> RowSummaryAsync(BulkJob job, CancellationToken ct)
    {
        if (job.Operation != BulkOperation.CopyRouting || api?.Invoke() is not { } client)
            return Task.FromResult<Func<IReadOnlyList<BulkPlanItem>, string>?>(null);
        if (_copySummary is not { } read || read.Api != client || read.Summary is { IsCompleted: true, IsCompletedSuccessfully: false })
            _copySummary = read = (client, ReadCopySummaryAsync(client, ct));
        return read.Summary;
    }

    private async Task<Func<IReadOnlyList<BulkPlanItem>, string>?> ReadCopySummaryAsync(GenesysCloudApi client, CancellationToken ct)
    {
        var service = new SkillsManagerService(client, Workflow.Engine);
        try
        {
            return RoutingCopyChange.SummaryOf([.. await service.GetItemsAsync(RoutingKind.Skill, ct), .. await service.GetItemsAsync(RoutingKind.Language, ct)]);
        }
        catch (GenesysApiException)
        {
            return null;
        }
    }

    private static bool SameCounts(BulkJob counted, BulkJob job) =>
        counted.Status == job.Status && counted.ItemCount == job.ItemCount && counted.AppliedCount == job.AppliedCount
        && counted.FailedCount == job.FailedCount && counted.UnfinishedCount == job.UnfinishedCount;

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
