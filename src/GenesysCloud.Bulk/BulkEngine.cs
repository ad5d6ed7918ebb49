using System.Collections.Concurrent;
using GenesysCloud.Bulk.Conversations;
using GenesysCloud.Bulk.Execution;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Planning;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk;

/// <summary>
/// Membership changes for many users at the rate-limit bound, journaled, resumable and undoable.
/// <list type="number">
/// <item><see cref="PlanAsync"/> resolves identifiers (the cheaper of search or directory listing, by call count)
/// and diffs against the target's current state. Nothing changes.</item>
/// <item><see cref="ApplyAsync"/> stores the job and every item in the journal first, then sends only the real
/// changes in batches at the API maximums, marking each batch in flight before it is sent.</item>
/// <item><see cref="ResumeAsync"/> finishes an interrupted job: in-flight items are reconciled against the
/// target's current state, so nothing applied is sent again.</item>
/// <item><see cref="PlanUndoAsync"/> plans the inverse of a finished job from the journaled before-states;
/// preview it and apply it like any plan.</item>
/// </list>
/// Thread-safe; jobs may run concurrently and share the connection's rate limiters.
/// </summary>
public sealed class BulkEngine
{
    private readonly Planner _planner;
    private readonly JobRunner _runner;
    private readonly ConversationEnder _conversations;
    private readonly JobRecords _records;
    private readonly EffectConfirmer _confirmer;
    private readonly BulkEngineOptions _options;
    private readonly ConcurrentDictionary<string, JobLease> _running = new(StringComparer.Ordinal);
    private Task? _journalReady;

    /// <summary>Creates an engine.</summary>
    /// <param name="connection">The org connection (shared by all engines and jobs of that org).</param>
    /// <param name="journal">Where jobs are recorded, e.g. <see cref="SqliteJobJournal"/>.</param>
    /// <param name="options">Concurrency settings; defaults when null (retries are the SDK's).</param>
    public BulkEngine(BulkConnection connection, IJobJournal journal, BulkEngineOptions? options = null)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        Journal = journal ?? throw new ArgumentNullException(nameof(journal));
        options ??= new BulkEngineOptions();
        _options = options;
        _planner = new Planner(connection);
        _runner = new JobRunner(options);
        _records = new JobRecords(journal, connection);
        _conversations = new ConversationEnder(connection, journal, _records, options.ConversationEnding);
        _confirmer = new EffectConfirmer(options, connection.Time);
    }

    /// <summary>The org connection.</summary>
    public BulkConnection Connection { get; }

    /// <summary>The journal (list jobs and items for audit).</summary>
    public IJobJournal Journal { get; }

    /// <summary>Resolves and diffs a request; makes no change. Throws <see cref="BulkTargetNotFoundException"/> for an unknown target.</summary>
    public Task<BulkPlan> PlanAsync(BulkRequest request, CancellationToken ct = default)
    {
        // On the pool: opening a new journal file (its migrations) would hold up the plan's first calls.
        _journalReady ??= Task.Run(() => Journal.PrepareAsync(CancellationToken.None));
        return request?.Operation == BulkOperation.EndConversation
            ? Task.FromResult(ConversationEndPlanner.Plan(
                request.Identifiers.Select((id, i) => new ConversationToEnd(id) { Line = request.Lines?[i] }), request.RequestedBy, Connection.Time))
            : _planner.PlanAsync(request!, ct);
    }

    /// <summary>
    /// Journals the plan as job <see cref="BulkPlan.JobId"/>, then sends its changes. Cancellation stops it
    /// (status <see cref="BulkJobStatus.Cancelled"/>) and throws <see cref="OperationCanceledException"/>; resume it with
    /// <see cref="ResumeAsync"/>. Failed items do not throw: the result reports them.
    /// </summary>
    public async Task<BulkJobResult> ApplyAsync(BulkPlan plan, IProgress<BulkProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var lease = await ClaimAsync(plan.JobId, ct);
        if (plan.Request.Operation == BulkOperation.EndConversation) return await _conversations.ApplyAsync(plan, progress, lease, ct);
        var meter = new RunMeter(Connection);
        var job = new BulkJob(plan.JobId, plan.Request.Operation, plan.Request.TargetId, plan.TargetName, Connection.Time.GetUtcNow())
        {
            Proficiency = TargetGoal.SetsProficiency(plan.Request.Operation) ? plan.Request.Proficiency : null,
            Org = Connection.OrgKey,
            RequestedBy = plan.Request.RequestedBy,
            UndoOfJobId = plan.UndoOfJobId,
            Resolution = plan.Resolution,
            Calls = plan.PlanningCalls,
        };
        var items = plan.Items.Select(i => new BulkJobItem(job.Id, i.Index, i.Identifier, i.UserId, i.Action,
            i.Action == BulkItemAction.WillChange ? BulkItemStatus.Pending : BulkItemStatus.Skipped)
        {
            UserName = i.UserName,
            WasPresent = i.WasPresent,
            ProficiencyBefore = i.ProficiencyBefore,
            Proficiency = i.Proficiency,
            Line = i.Line,
            RingNumberBefore = i.RingNumberBefore,
            RingNumber = i.RingNumber,
            TargetId = i.TargetId,
            Note = i.Note,
            UpdatedAt = job.CreatedAt,
        }).ToList();
        // A target planned here is known before the job is journaled: its first wave is journaled in flight with it.
        var journalItems = plan.Target is { } planned ? _runner.FirstWave(items, planned) : items;
        await Journal.CreateJobAsync(job, journalItems, ct);

        var target = plan.Target ?? await LoadTargetAsync(job, ct);
        var journaled = new JournaledItems(Journal, job.Id, journalItems, Connection.Time);
        return await RunAsync(job, journaled, target, [.. journalItems.Where(i => i.Status is BulkItemStatus.Pending or BulkItemStatus.InFlight)], meter,
            progress, lease, ct, firstWaveJournaled: plan.Target is not null);
    }

    /// <summary>
    /// Finishes a job that was cancelled, crashed or had failed items: items left in flight or failed are checked
    /// against the target's current state (done ones are marked applied, not sent again); the rest are sent.
    /// A completed job is returned as it is.
    /// </summary>
    public async Task<BulkJobResult> ResumeAsync(string jobId, IProgress<BulkProgress>? progress = null, CancellationToken ct = default)
    {
        await using var lease = await ClaimAsync(jobId, ct);
        var meter = new RunMeter(Connection);
        var job = await GetOwnJobAsync(jobId, "resume", ct);
        if (job.Operation == BulkOperation.EndConversation) return await _conversations.ResumeAsync(job, progress, lease, ct);
        var journaled = new JournaledItems(Journal, jobId, await Journal.GetItemsAsync(jobId, ct), Connection.Time);
        var unfinished = journaled.Snapshot()
            .Where(i => i.Action == BulkItemAction.WillChange && i.Status is BulkItemStatus.Pending or BulkItemStatus.InFlight or BulkItemStatus.Failed)
            .ToList();
        if (unfinished.Count == 0 && job.Status is BulkJobStatus.Completed) return await ResultAsync(job.Id, meter, ct);

        var target = await LoadTargetAsync(job, ct);
        var toSend = unfinished;
        if (unfinished.Count > 0)
        {
            var state = await target.ReadStateAsync([.. unfinished.Select(i => i.UserId!)], ct);
            var reached = unfinished.Where(i => TargetGoal.IsReached(job.Operation, i, state, target.StateKey(i.UserId!, i.TargetId))).ToList();
            var confirmed = reached.Where(i => i.Status != BulkItemStatus.Pending).ToList();
            var alreadyThere = reached.Where(i => i.Status == BulkItemStatus.Pending).ToList();
            await journaled.SetAsync(confirmed, BulkItemStatus.Applied, null, "confirmed on resume: the change had been made", ct);
            await journaled.SetAsync(alreadyThere, BulkItemStatus.Skipped, null, "already in the requested state on resume", ct);
            toSend = [.. unfinished.Except(reached)];
        }

        await Journal.UpdateJobAsync(job with { Status = BulkJobStatus.Running, Error = null }, ct);
        return await RunAsync(job, journaled, target, toSend, meter, progress, lease, ct);
    }

    /// <summary>
    /// Plans the inverse of a job: every user it changed is put back into its journaled before-state (removed
    /// again, re-added, or its previous proficiency restored). Users already back are reported, not re-sent.
    /// </summary>
    public async Task<BulkPlan> PlanUndoAsync(string jobId, string? requestedBy = null, CancellationToken ct = default)
    {
        var job = await GetOwnJobAsync(jobId, "undo", ct);
        if (job.Operation == BulkOperation.EndConversation)
            throw new InvalidOperationException($"Job {jobId} ended conversations; an ended conversation cannot be restarted, so the job cannot be undone.");
        if (job.IsLeasedAt(Connection.Time.GetUtcNow()))
            throw new InvalidOperationException($"Job {jobId} is running on {job.LeaseHolder}; undo it when it has stopped.");
        return await _planner.PlanUndoAsync(job, await Journal.GetItemsAsync(jobId, ct), requestedBy, ct);
    }

    /// <summary>
    /// True while this engine applies or resumes the job (it holds the job's lease). Another process's run shows
    /// as the job's <see cref="BulkJob.LeaseHolder"/>; a journaled <see cref="BulkJobStatus.Running"/> job whose
    /// lease has run out was interrupted (crash or kill): resume it.
    /// </summary>
    public bool IsRunning(string jobId) => _running.ContainsKey(jobId);

    /// <summary>This org's jobs newest first (audit: who, when, what, how it ended).</summary>
    public Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, CancellationToken ct = default) =>
        Journal.ListJobsAsync(limit, Connection.OrgKey, ct);

    /// <summary>A job with its per-item report, or null when unknown.</summary>
    public async Task<BulkJobResult?> GetJobAsync(string jobId, CancellationToken ct = default) =>
        await Journal.GetJobAsync(jobId, ct) is null ? null : await ResultAsync(jobId, new RunMeter(Connection), ct);

    private Task<BulkJobResult> RunAsync(BulkJob job, JournaledItems journaled, BulkTarget target, IReadOnlyList<BulkJobItem> toSend, RunMeter meter,
        IProgress<BulkProgress>? progress, JobLease lease, CancellationToken ct, bool firstWaveJournaled = false) =>
        _records.RunAsync(job, meter, lease, async token =>
        {
            await _runner.RunAsync(journaled, target, toSend, meter, progress, lease, token, firstWaveJournaled);
            if (target.ConfirmsEffect)
                await _confirmer.ConfirmAsync(job, journaled, target, toSend, token);
        }, ct, journaled);

    private Task<BulkJobResult> ResultAsync(string jobId, RunMeter meter, CancellationToken ct) => _records.ResultAsync(jobId, meter, ct);

    /// <summary>A journaled job of this connection's org: ids in one org mean nothing (or someone else) in another.</summary>
    private async Task<BulkJob> GetOwnJobAsync(string jobId, string action, CancellationToken ct)
    {
        var job = await Journal.GetJobAsync(jobId, ct) ?? throw new KeyNotFoundException($"Job {jobId} is not in the journal.");
        if (job.Org is not null && job.Org != Connection.OrgKey)
            throw new InvalidOperationException($"Job {jobId} changed another org ({job.Org}); connect to that org to {action} it.");
        return job;
    }

    private async Task<BulkTarget> LoadTargetAsync(BulkJob job, CancellationToken ct)
    {
        var target = BulkTarget.Create(Connection.Api, job.Operation, job.TargetId);
        await target.LoadAsync(ct);
        return target;
    }

    /// <summary>The job's lease, held for this run (see <see cref="BulkEngineOptions.LeaseDuration"/>); refused while another holds it.</summary>
    private async Task<JobLease> ClaimAsync(string jobId, CancellationToken ct)
    {
        if (_journalReady is { IsCompleted: false } opening) await opening.WaitAsync(ct);
        var lease = await JobLease.AcquireAsync(Journal, jobId, _options.LeaseHolder, _options.LeaseDuration, _options.LeaseWait, Connection.Time, ct);
        _running[jobId] = lease;
        lease.Released += () => _running.TryRemove(jobId, out _);
        return lease;
    }
}
