using GenesysCloud.Web.Configuration;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Connection;

/// <summary>
/// Raises <see cref="TimedOut"/> once a session has seen no activity for the configured idle
/// timeout. One per circuit; <see cref="IdleCircuitHandler"/> reports every inbound event.
/// </summary>
public sealed class IdleMonitor : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private long _lastActivityTicks;

    public IdleMonitor(TimeProvider time, IOptions<ConnectionSettings> settings)
    {
        _time = time;
        Timeout = settings.Value.IdleTimeout;
        _lastActivityTicks = time.GetUtcNow().UtcTicks;
        _timer = time.CreateTimer(_ => Check(), null, Timeout, System.Threading.Timeout.InfiniteTimeSpan);
    }

    /// <summary>How long a session may stay idle.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Raised (on a timer thread) when the session has been idle for <see cref="Timeout"/>.</summary>
    public event EventHandler? TimedOut;

    /// <summary>Records activity now.</summary>
    public void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetUtcNow().UtcTicks);

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        var idle = _time.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);
        if (idle >= Timeout)
        {
            TimedOut?.Invoke(this, EventArgs.Empty);
            Touch();
            _timer.Change(Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(Timeout - idle, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }
}
