using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Web.Tests.Connection;

public sealed class IdleMonitorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    [Fact]
    public void NoActivity_ForTheTimeout_RaisesTimedOut()
    {
        var time = new FakeTimeProvider();
        using var monitor = NewMonitor(time);
        var raised = 0;
        monitor.TimedOut += (_, _) => raised++;

        time.Advance(Timeout - TimeSpan.FromSeconds(1));
        var beforeTimeout = raised;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, beforeTimeout);
        Assert.Equal(1, raised);
    }

    [Fact]
    public void Activity_PostponesTheTimeout()
    {
        var time = new FakeTimeProvider();
        using var monitor = NewMonitor(time);
        var raised = 0;
        monitor.TimedOut += (_, _) => raised++;

        time.Advance(TimeSpan.FromMinutes(20));
        monitor.Touch();
        time.Advance(TimeSpan.FromMinutes(20));
        var afterForty = raised;
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(0, afterForty);
        Assert.Equal(1, raised);
    }

    [Fact]
    public void Timeout_ComesFromConfiguration()
    {
        var time = new FakeTimeProvider();
        using var monitor = new IdleMonitor(time, Options.Create(new ConnectionSettings { IdleTimeout = TimeSpan.FromMinutes(5) }));
        var raised = 0;
        monitor.TimedOut += (_, _) => raised++;

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), monitor.Timeout);
        Assert.Equal(1, raised);
    }

    private static IdleMonitor NewMonitor(TimeProvider time) =>
        new(time, Options.Create(new ConnectionSettings { IdleTimeout = Timeout }));
}
