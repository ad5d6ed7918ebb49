using System.Collections.Concurrent;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>A fixed window per access token: the first request opens it, it frees RateLimitWindow later.</summary>
internal sealed class RateLimitWindows(EmulatorOptions options)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public RateDecision Acquire(string token)
    {
        var now = options.Time.GetUtcNow();
        var window = _windows.GetOrAdd(token, _ => new Window());
        lock (window)
        {
            if (now >= window.Start + options.RateLimitWindow)
            {
                window.Start = now;
                window.Count = 0;
            }
            var allowed = window.Count < options.RateLimitPerMinute;
            if (allowed)
                window.Count++;
            var resetSeconds = (int)Math.Max(1, Math.Ceiling((window.Start + options.RateLimitWindow - now).TotalSeconds));
            return new RateDecision(allowed, window.Count, options.RateLimitPerMinute, resetSeconds);
        }
    }

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }
    }
}
