using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Permissions;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// The shared bulk-change workflow, free of UI: input rows → preview (the engine's plan mapped back to the input's
/// lines) → apply as a background job of the <see cref="BulkJobRunner"/> → per-row result. Also resumes and undoes
/// journaled jobs the same way. Registered scoped (one per session); the engine is the connection's, from
/// <see cref="BulkEngineProvider"/>.
/// </summary>
public sealed class BulkWorkflowService
{
    private readonly Func<BulkEngine> _engine;
    private readonly Func<JobOwner> _owner;

    /// <summary>A workflow over a given engine and owner (tests, the CLI, hosts without sessions).</summary>
    public BulkWorkflowService(BulkEngine engine, BulkJobRunner runner, JobOwner owner)
        : this(() => engine, runner, () => owner)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(owner);
    }

    private BulkWorkflowService(Func<BulkEngine> engine, BulkJobRunner runner, Func<JobOwner> owner)
    {
        _engine = engine;
        Runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _owner = owner;
    }

    /// <summary>The session's workflow: the engine and owner follow the connection (connect, reconnect, another org).</summary>
    public static BulkWorkflowService ForSession(GenesysConnection connection, BulkEngineProvider engines, BulkJobRunner runner)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(engines);
        return new BulkWorkflowService(() => engines.For(connection), runner, () => JobOwner.Of(connection));
    }

    /// <summary>The background runner the jobs run in.</summary>
    public BulkJobRunner Runner { get; }

    /// <summary>The engine of the current connection.</summary>
    public BulkEngine Engine => _engine();

    /// <summary>Who the current session acts as.</summary>
    public JobOwner Owner => _owner();

    /// <summary>This person's jobs in the runner (running, and recently finished), newest first.</summary>
    public IReadOnlyList<RunningJob> MyJobs => Runner.JobsOf(Owner.Key);

    /// <summary>
    /// Plans <paramref name="change"/> for the input's rows: invalid and repeated rows keep their parse result, the
    /// others get the plan's decision, user and note. Nothing is changed.
    /// </summary>
    public async Task<WorkPreview> PreviewAsync(BulkChange change, WorkInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(input);
        var planned = input.Planned;
        var request = change.Request([.. planned.Select(r => r.Identifier!)]) with
        {
            RequestedBy = Owner.RequestedBy(change.Utility),
            Lines = [.. planned.Select(r => r.Line)],
        };
        var plan = await Engine.PlanAsync(request, ct);
        return new WorkPreview(change, input.Source, WorkRows.Planned(input, plan, change.SummarizeRow), plan) { BlockedReason = input.BlockedReason };
    }

    /// <summary>
    /// Applies a confirmed preview as a background job (journaled as <c>Plan.JobId</c> before anything is sent).
    /// Throws <see cref="MissingPermissionsException"/> when the person lacks a permission the job needs, and
    /// <see cref="JobLimitReachedException"/> when this person runs the most jobs allowed; either way nothing is journaled.
    /// </summary>
    public RunningJob Apply(WorkPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.BlockedReason is not null)
            throw new InvalidOperationException(preview.BlockedReason);
        if (preview.ChangeCount == 0)
            throw new InvalidOperationException("The preview has nothing to change.");
        var owner = Owner;
        Demand(owner, preview.Plan.Request.Operation, $"Starting job {preview.Plan.JobId}");
        var engine = Engine;
        return Runner.Start(preview.Plan.JobId, owner, preview.Change, preview, engine,
            (progress, ct) => engine.ApplyAsync(preview.Plan, progress, ct));
    }

    /// <summary>
    /// Resumes a journaled job (cancelled, interrupted or with failed items) as a background job. Throws
    /// <see cref="MissingPermissionsException"/> when the person lacks a permission the job needs.
    /// </summary>
    public RunningJob Resume(BulkJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var owner = Owner;
        Demand(owner, job.Operation, $"Resuming job {job.Id}");
        var engine = Engine;
        var change = BulkChange.Of("Jobs", job.Operation, job.TargetId, job.TargetName, job.Proficiency) with
        {
            Title = $"Resume: {BulkChange.Describe(job.Operation)} '{job.TargetName}'",
        };
        return Runner.Start(job.Id, owner, change, null, engine, (progress, ct) => engine.ResumeAsync(job.Id, progress, ct));
    }

    /// <summary>
    /// Plans the inverse of a journaled job from its before-states, as a preview to confirm; nothing is changed. Throws
    /// <see cref="MissingPermissionsException"/> up front when the person could not apply the undo.
    /// </summary>
    public async Task<WorkPreview> PreviewUndoAsync(BulkJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        Demand(Owner, job.Operation, $"Undoing job {job.Id}");
        var plan = await Engine.PlanUndoAsync(job.Id, Owner.RequestedBy("Jobs"), ct);
        var change = BulkChange.Of("Jobs", plan.Request.Operation, plan.Request.TargetId, plan.TargetName, plan.Request.Proficiency) with
        {
            Title = $"Undo job {job.Id}: {BulkChange.Describe(plan.Request.Operation)} '{plan.TargetName}'",
        };
        // One row per input row of the job: a copy's undo has several items per person, consecutive, as its preview had.
        var rows = plan.Items.Where((item, n) => n == 0 || item.Line != plan.Items[n - 1].Line || item.Identifier != plan.Items[n - 1].Identifier);
        var input = new WorkInput($"job {job.Id}", [.. rows.Select(i => new WorkRow(i.Line, i.Identifier, RowState.WillChange)
        {
            Identifier = i.Identifier,
        })]);
        return new WorkPreview(change, input.Source, WorkRows.Planned(input, plan), plan);
    }

    private static void Demand(JobOwner owner, BulkOperation operation, string job) =>
        OperationPermissions.Demand(owner.Permissions, operation, $"{job} ({BulkChange.Describe(operation)})");
}
