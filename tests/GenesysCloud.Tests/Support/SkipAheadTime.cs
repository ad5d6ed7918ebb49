using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Tests.Support;

/// <summary>
/// A fake clock whose short waits (up to <paramref name="longest"/>) pass at once: setting such a timer moves the clock
/// to its due time. Longer timers (request timeouts) only move along with it. Lets a test run a retry loop on
/// <see cref="TimeProvider"/> without waiting and read how much fake time it took.
/// </summary>
internal sealed class SkipAheadTime(TimeSpan longest) : TimeProvider
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Clock.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime <= longest)
            ThreadPool.QueueUserWorkItem(_ => Clock.Advance(dueTime));
        return timer;
    }
}
