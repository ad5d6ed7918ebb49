using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// A job of the <see cref="BulkJobRunner"/>: it runs on the server, not in a browser tab, so any tab of its owner
/// (and the Jobs page) can watch its progress and cancel it. <see cref="Changed"/> is raised on a background thread
/// (at most every <see cref="JobRunnerOptions.ProgressInterval"/>, and always when it ends): components marshal it
/// with <c>InvokeAsync</c>.
/// </summary>
public sealed class RunningJob : IProgress<BulkProgress>
{
    private readonly CancellationTokenSource _cts = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private long _lastNotified;

    internal RunningJob(string id, JobOwner owner, BulkChange change, WorkPreview? preview, TimeProvider time, TimeSpan interval)
    {
        Id = id;
        Owner = owner;
        Change = change;
        Preview = preview;
        _time = time;
        _interval = interval;
        StartedAt = time.GetUtcNow();
        _lastNotified = long.MinValue;
        Rows = preview?.Rows ?? [];
    }

    /// <summary>The journal's job id.</summary>
    public string Id { get; }

    /// <summary>Who started it.</summary>
    public JobOwner Owner { get; }

    /// <summary>What it changes (title, target, wording).</summary>
    public BulkChange Change { get; }

    /// <summary>The preview it applies, when it was started from one (null when resuming a journaled job).</summary>
    public WorkPreview? Preview { get; }

    /// <summary>When the runner started it.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The latest progress of this run; null before the first report.</summary>
    public BulkProgress? Progress { get; private set; }

    /// <summary>Where it stands.</summary>
    public RunningJobState State { get; private set; } = RunningJobState.Running;

    /// <summary>True until it has ended.</summary>
    public bool IsActive => State is RunningJobState.Running or RunningJobState.Cancelling;

    /// <summary>The journal's view once it ended (null while running, or when it failed before it was journaled).</summary>
    public BulkJobResult? Result { get; private set; }

    /// <summary>Why it stopped early, for the person.</summary>
    public string? Error { get; private set; }

    /// <summary>The rows of <see cref="Preview"/> (or of the journal, when resumed) with their results once it ended.</summary>
    public IReadOnlyList<WorkRow> Rows { get; private set; }

    /// <summary>Completes when the job has ended, however it ended (never faults).</summary>
    public Task Completion => _finished.Task;

    /// <summary>Raised on progress (throttled) and when the job ends.</summary>
    public event Action<RunningJob>? Changed;

    internal CancellationToken Token => _cts.Token;

    internal bool StoppedByShutdown { get; private set; }

    /// <summary>Asks the job to stop after the batch in flight; it stays resumable.</summary>
    public void Cancel()
    {
        if (State != RunningJobState.Running)
            return;
        State = RunningJobState.Cancelling;
        Notify();
        _cts.Cancel();
    }

    /// <inheritdoc />
    public void Report(BulkProgress value)
    {
        Progress = value;
        var now = _time.GetTimestamp();
        if (value.Done < value.Total && _lastNotified != long.MinValue && _time.GetElapsedTime(_lastNotified, now) < _interval)
            return;
        _lastNotified = now;
        Notify();
    }

    internal void StopForShutdown()
    {
        StoppedByShutdown = true;
        if (IsActive)
            _cts.Cancel();
    }

    internal void Finish(RunningJobState state, BulkJobResult? result, string? error)
    {
        Result = result;
        if (result is not null)
            Rows = Preview is null ? WorkRows.FromJournal(result.Items, Change.SummarizeRow) : WorkRows.WithResult(Preview.Rows, result.Items);
        Error = error;
        State = state;
        if (Progress is { } progress)
            Progress = progress with { Eta = null };
        Notify();
        _finished.TrySetResult();
    }

    /// <summary>Tells every watcher; one that fails (a tab that just closed) never stops the job or the others.</summary>
    private void Notify() => Watchers.Notify(Changed, this);
}
