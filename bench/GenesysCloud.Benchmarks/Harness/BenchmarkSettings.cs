using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// The emulator shape every contender of one benchmark runs against. A time scale K compresses time
/// as a whole: the rate-limit window is 60 s / K (same request count per window) and the latency is
/// divided by K, so call-bound and latency-bound work both shrink by the same factor.
/// </summary>
public sealed record BenchmarkSettings(int OrgUsers, int RequestsPerWindow, double LatencyMs, double TimeScale)
{
    public TimeSpan Window => TimeSpan.FromSeconds(60 / TimeScale);

    public double EffectiveLatencyMs => LatencyMs / TimeScale;

    public int EffectiveRequestsPerMinute => (int)Math.Round(RequestsPerWindow * TimeScale);

    public double LowerBoundSeconds(int minimalCalls) => minimalCalls * 60.0 / EffectiveRequestsPerMinute;

    public EmulatorOptions CreateEmulatorOptions() => new()
    {
        Users = OrgUsers,
        RateLimitPerMinute = RequestsPerWindow,
        RateLimitWindow = Window,
        Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(EffectiveLatencyMs) },
    };

    /// <summary>
    /// SDK options for a client of this emulator: the SDK's default margin (280 of 300) over the same scaled
    /// window, and retries patient enough for a long per-item run.
    /// </summary>
    public GenesysApiOptions CreateApiOptions() => new()
    {
        RequestsPerMinute = RequestsPerWindow * 280 / 300,
        RateLimitWindow = Window,
        MaxRetryDuration = TimeSpan.FromMinutes(10),
    };
}
