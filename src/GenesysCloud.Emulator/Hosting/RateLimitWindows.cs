using System.Collections.Concurrent;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>
/// Fixed windows per access token: one for the token's limit and one per endpoint that has its own
/// allowance (every endpoint, with <see cref="EmulatorOptions.SeparateEndpointWindows"/>). The first request opens a
/// window; it frees RateLimitWindow later.
/// </summary>
internal sealed class RateLimitWindows(EmulatorOptions options)
{
    private const string TokenWide = "";
    private readonly ConcurrentDictionary<string, Dictionary<string, Window>> _windows = new(StringComparer.Ordinal);

    /// <param name="endpoint">"METHOD /route/template" of the request.</param>
    public RateDecision Acquire(string token, string endpoint)
    {
        var now = options.Time.GetUtcNow();
        var windows = _windows.GetOrAdd(token, _ => new Dictionary<string, Window>(StringComparer.OrdinalIgnoreCase));
        lock (windows)
        {
            var tokenWindow = Open(windows, TokenWide, options.RateLimitPerMinute, now);
            var endpointWindow = options.EndpointAllowances.TryGetValue(endpoint, out var allowance)
                ? Open(windows, endpoint, Math.Min(allowance, options.RateLimitPerMinute), now)
                : options.SeparateEndpointWindows ? Open(windows, endpoint, options.RateLimitPerMinute, now) : null;
            var full = tokenWindow.IsFull ? tokenWindow : endpointWindow is { IsFull: true } ? endpointWindow : null;
            if (full is null)
            {
                tokenWindow.Count++;
                if (endpointWindow is not null)
                    endpointWindow.Count++;
            }
            var shown = full ?? endpointWindow ?? tokenWindow;
            var resetSeconds = (int)Math.Max(1, Math.Ceiling((shown.Start + options.RateLimitWindow - now).TotalSeconds));
            return new RateDecision(full is null, shown.Count, shown.Limit, resetSeconds);
        }
    }

    private Window Open(Dictionary<string, Window> windows, string key, int limit, DateTimeOffset now)
    {
        if (!windows.TryGetValue(key, out var window))
            windows[key] = window = new Window();
        if (now >= window.Start + options.RateLimitWindow)
        {
            window.Start = now;
            window.Count = 0;
        }
        window.Limit = limit;
        return window;
    }

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }

        public int Limit { get; set; }

        public bool IsFull => Count >= Limit;
    }
}
