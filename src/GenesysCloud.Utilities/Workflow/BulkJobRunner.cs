using System.Collections.Concurrent;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// The app's background job runner (a hosted service): bulk jobs run here, on the server, so closing or leaving
/// the tab that started one does not stop it. Jobs are listed per person (every tab of theirs shows them), capped
/// per person, and stopped cleanly at shutdown through the engine's cancellation: the journal marks them
/// resumable and the Jobs page lists them to resume after the next start.
/// </summary>
public sealed class BulkJobRunner : IHostedService
{
    /// <summary>The journal error of a job stopped by shutdown; the Jobs page lists such jobs to resume.</summary>
    public const string ShutdownNote = "stopped when the app shut down; resume it";

    private readonly ConcurrentDictionary<string, RunningJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _finished = new();
    private readonly Lock _startGate = new();
    private readonly JobRunnerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BulkJobRunner> _logger;
    private readonly IJobJournal? _journal;
    private volatile bool _stopping;

    /// <summary>Creates the runner.</summary>
    /// <param name="options">Cap per person, retention, progress interval.</param>
    /// <param name="time">Clock of progress throttling and start times.</param>
    /// <param name="logger">Where start, end and shutdown of jobs are logged (never a secret).</param>
    /// <param name="journal">The app's registered journal, scanned at start-up for interrupted jobs; optional.</param>
    public BulkJobRunner(IOptions<JobRunnerOptions> options, TimeProvider time, ILogger<BulkJobRunner> logger, IJobJournal? journal = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _journal = journal;
    }

    /// <summary>Raised on a background thread when a job starts, so lists in other tabs can show it.</summary>
    public event Action<RunningJob>? JobStarted;

    /// <summary>Journaled jobs found interrupted at start-up (still marked running, or stopped by the last shutdown).</summary>
    public IReadOnlyList<BulkJob> InterruptedAtStart { get; private set; } = [];

    /// <summary>Every job this process runs or ran recently, newest first.</summary>
    public IReadOnlyList<RunningJob> Jobs => [.. _jobs.Values.OrderByDescending(j => j.StartedAt)];

    /// <summary>The jobs of one person, newest first.</summary>
    public IReadOnlyList<RunningJob> JobsOf(string ownerKey) => [.. Jobs.Where(j => j.Owner.Key == ownerKey)];

    /// <summary>The job with this journal id, when this process runs or ran it recently.</summary>
    public RunningJob? Find(string jobId) => _jobs.GetValueOrDefault(jobId);

    /// <summary>
    /// Starts <paramref name="run"/> in the background as job <paramref name="jobId"/>. Throws
    /// <see cref="JobLimitReachedException"/> when the owner already runs the most jobs allowed, and
    /// <see cref="InvalidOperationException"/> when the job runs already or the app is shutting down.
    /// </summary>
    /// <param name="jobId">The journal id (the plan's job id, or the job being resumed).</param>
    /// <param name="owner">Who starts it.</param>
    /// <param name="change">What it changes (for lists and wording).</param>
    /// <param name="preview">The preview it applies, if any (rows keep their lines in the result).</param>
    /// <param name="engine">The engine of the owner's connection; its journal is updated if shutdown stops the job.</param>
    /// <param name="run">Applies or resumes through the engine with the given progress and cancellation.</param>
    public RunningJob Start(string jobId, JobOwner owner, BulkChange change, WorkPreview? preview, BulkEngine engine,
        Func<IProgress<BulkProgress>, CancellationToken, Task<BulkJobResult>> run)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(run);
        RunningJob job;
        lock (_startGate)
        {
            if (_stopping)
                throw new InvalidOperationException("The app is shutting down; start the job again once it is back.");
            if (_jobs.TryGetValue(jobId, out var existing) && existing.IsActive)
                throw new InvalidOperationException($"Job {jobId} is already running.");
            if (_jobs.Values.Count(j => j.IsActive && j.Owner.Key == owner.Key) >= _options.MaxConcurrentJobsPerPerson)
                throw JobLimitReachedException.For(_options.MaxConcurrentJobsPerPerson);
            job = new RunningJob(jobId, owner, change, preview, _time, _options.ProgressInterval);
            _jobs[jobId] = job;
        }

        _logger.LogInformation("Job {JobId} started by {Owner}: {Title}", jobId, owner.Name, change.Title);
        Watchers.Notify(JobStarted, job);

        // Off the caller's synchronization context: a Blazor circuit that ends must not take the job with it.
        _ = Task.Run(() => RunAsync(job, engine, run));
        return job;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_journal is null)
            return;
        try
        {
            var jobs = await _journal.ListJobsAsync(500, null, cancellationToken);
            InterruptedAtStart = [.. jobs.Where(IsInterrupted)];
            if (InterruptedAtStart.Count > 0)
                _logger.LogWarning("{Count} interrupted job(s) to resume in Jobs: {JobIds}", InterruptedAtStart.Count,
                    string.Join(", ", InterruptedAtStart.Select(j => j.Id)));
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not list interrupted jobs in the journal");
        }
    }

    /// <summary>Stops every running job through the engine's cancellation and waits for each to be journaled as resumable.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_startGate)
            _stopping = true;
        var active = _jobs.Values.Where(j => j.IsActive).ToArray();
        foreach (var job in active)
            job.StopForShutdown();
        if (active.Length > 0)
            _logger.LogWarning("Stopping {Count} running job(s) for shutdown; they stay resumable in Jobs", active.Length);
        await Task.WhenAll(active.Select(j => j.Completion)).WaitAsync(cancellationToken);
    }

    /// <summary>
    /// True when a journaled job was interrupted rather than finished or cancelled by a person: still marked running
    /// while nobody runs it (no job of this runner, no live lease of another process), or stopped by a shutdown.
    /// </summary>
    public bool IsInterrupted(BulkJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if ((_jobs.TryGetValue(job.Id, out var known) && known.IsActive) || job.IsLeasedAt(_time.GetUtcNow()))
            return false;
        return job.Status == BulkJobStatus.Running || (job.Status == BulkJobStatus.Cancelled && job.Error == ShutdownNote);
    }

    private async Task RunAsync(RunningJob job, BulkEngine engine, Func<IProgress<BulkProgress>, CancellationToken, Task<BulkJobResult>> run)
    {
        try
        {
            var result = await run(job, job.Token);
            job.Finish(result.Job.Status == BulkJobStatus.Completed ? RunningJobState.Completed : RunningJobState.CompletedWithErrors, result,
                result.Failed > 0 ? $"{Plural.Of(result.Failed, "change")} failed" : null);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            if (job.StoppedByShutdown)
                await NoteShutdownAsync(engine, job.Id);
            job.Finish(job.StoppedByShutdown ? RunningJobState.Interrupted : RunningJobState.Cancelled, await ReadAsync(engine, job.Id),
                job.StoppedByShutdown ? "Stopped because the app shut down; resume it in Jobs." : "Cancelled; resume it in Jobs to send the rest.");
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Job {JobId} stopped with an error", job.Id);
            job.Finish(RunningJobState.Failed, await ReadAsync(engine, job.Id), ApiErrorMessage.From(ex, "Running the job"));
        }

        _logger.LogInformation("Job {JobId} ended: {State}", job.Id, job.State);
        Forget(job.Id);
    }

    private static async Task<BulkJobResult?> ReadAsync(BulkEngine engine, string jobId)
    {
        try
        {
            return await engine.GetJobAsync(jobId, CancellationToken.None);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private async Task NoteShutdownAsync(BulkEngine engine, string jobId)
    {
        try
        {
            if (await engine.Journal.GetJobAsync(jobId, CancellationToken.None) is { } stored)
                await engine.Journal.UpdateJobAsync(stored with { Error = ShutdownNote }, CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not mark job {JobId} as stopped by shutdown", jobId);
        }
    }

    /// <summary>Keeps the last <see cref="JobRunnerOptions.FinishedJobsKept"/> finished jobs; older ones are read from the journal.</summary>
    private void Forget(string finishedJobId)
    {
        _finished.Enqueue(finishedJobId);
        while (_finished.Count > _options.FinishedJobsKept && _finished.TryDequeue(out var oldest))
        {
            if (_jobs.TryGetValue(oldest, out var job) && !job.IsActive)
                _jobs.TryRemove(oldest, out _);
        }
    }
}
