using System.Data.Common;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// A job's lease while this process runs it: claimed in the journal, renewed every third of its duration on the
/// engine's clock, released when disposed. If a renewal finds the lease taken (this process stalled past the
/// expiry and another took the job over) or cannot reach the journal before the lease runs out,
/// <see cref="Lost"/> is cancelled: the run must stop and write nothing more.
/// </summary>
public sealed class JobLease : IAsyncDisposable
{
    private readonly IJobJournal _journal;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly string _token = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _renewal = Task.CompletedTask;

    private JobLease(IJobJournal journal, string jobId, string holder, TimeSpan duration, TimeProvider time)
    {
        _journal = journal;
        _time = time;
        _duration = duration;
        JobId = jobId;
        Holder = holder;
    }

    /// <summary>Raised after each renewal attempt: true when renewed, false when the lease was lost (tests await it).</summary>
    internal event Action<bool>? RenewalAttempted;

    /// <summary>Raised when the lease is released (the engine forgets the run).</summary>
    internal event Action? Released;

    /// <summary>The job.</summary>
    public string JobId { get; }

    /// <summary>Who holds it: this host and process.</summary>
    public string Holder { get; }

    /// <summary>Until when the lease runs unless renewed again.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Cancelled when the lease is lost.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>True once the lease is lost.</summary>
    public bool IsLost => _lost.IsCancellationRequested;

    /// <summary>
    /// Claims <paramref name="jobId"/> for <paramref name="holder"/>. When another holds it, waits up to
    /// <paramref name="wait"/> (<see cref="Timeout.InfiniteTimeSpan"/>: as long as it takes) for that lease to be
    /// released or to run out (zero: refuses at once), then throws
    /// <see cref="JobLeaseHeldException"/> saying who holds it until when.
    /// </summary>
    public static async Task<JobLease> AcquireAsync(IJobJournal journal, string jobId, string holder, TimeSpan duration, TimeSpan wait,
        TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(time);
        if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), "A lease must last longer than zero.");
        var lease = new JobLease(journal, jobId, holder, duration, time);
        var deadline = wait == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : time.GetUtcNow() + wait;
        while (true)
        {
            var now = time.GetUtcNow();
            var claim = await journal.TryClaimLeaseAsync(jobId, holder, lease._token, now, now + duration, ct);
            if (claim.Acquired)
            {
                lease.ExpiresAt = now + duration;
                lease._renewal = lease.RenewAsync();
                return lease;
            }

            // Retry just after the holder's lease runs out, or after a third of a lease (the holder may finish and
            // release it sooner), within the wait.
            var soon = now + (duration / 3);
            var retryAt = claim.ExpiresAt is { } expires && expires < soon ? expires + TimeSpan.FromMilliseconds(1) : soon;
            if (retryAt > deadline) throw new JobLeaseHeldException(jobId, claim);
            var pause = retryAt - time.GetUtcNow();
            if (pause > TimeSpan.Zero) await Task.Delay(pause, time, ct);
        }
    }

    /// <summary>The exception a run throws when it stopped because its lease was lost.</summary>
    public JobLeaseHeldException LostException() => new(
        $"Job {JobId} stopped on {Holder}: its lease could not be renewed before it ran out, so another process may have taken the job over. " +
        "Nothing more was written by this process; see the job in the journal.");

    /// <summary>Stops renewing and releases the lease.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        if (!IsLost)
        {
            try
            {
                await _journal.ReleaseLeaseAsync(JobId, _token, CancellationToken.None);
            }
            catch (DbException)
            {
                // The journal is unreachable: the lease runs out on its own.
            }
        }

        Released?.Invoke();
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewAsync()
    {
        using var timer = new PeriodicTimer(_duration / 3, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var until = _time.GetUtcNow() + _duration;
                bool? renewed;
                try
                {
                    renewed = await _journal.RenewLeaseAsync(JobId, _token, until, _stop.Token);
                }
                catch (DbException)
                {
                    renewed = null; // unreachable for now: try again at the next tick while the lease lasts
                }

                if (renewed == true) ExpiresAt = until;
                var lost = renewed == false || (renewed is null && _time.GetUtcNow() >= ExpiresAt);
                if (lost) await _lost.CancelAsync();
                RenewalAttempted?.Invoke(!lost);
                if (lost) return;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: the run is over.
        }
    }
}
