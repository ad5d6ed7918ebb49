namespace GenesysCloud;

/// <summary>
/// How long group version reads have lagged behind writes, as this client last saw it: after a version conflict, the
/// time until a re-read first returned a version that was not stale. The next conflict waits that long before its
/// first re-read, instead of spending calls on reads that can only be stale. Learned anew at every conflict.
/// </summary>
internal sealed class VersionReadLag(TimeProvider time)
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);
    private long _ticks;

    /// <summary>A re-read <paramref name="sinceConflict"/> after a conflict was the first one that was not stale.</summary>
    public void Saw(TimeSpan sinceConflict) => Interlocked.Exchange(ref _ticks, Math.Min(sinceConflict.Ticks, Longest.Ticks));

    /// <summary>Waits until the lag last seen has passed since the conflict at <paramref name="conflictAt"/> (a <see cref="TimeProvider"/> timestamp).</summary>
    public Task WaitBeforeRereadAsync(long conflictAt, CancellationToken ct)
    {
        var left = TimeSpan.FromTicks(Interlocked.Read(ref _ticks)) - time.GetElapsedTime(conflictAt);
        return left > TimeSpan.Zero ? Task.Delay(left, time, ct) : Task.CompletedTask;
    }
}
