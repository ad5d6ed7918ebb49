namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// A benchmark run as written to <c>bench/results/&lt;benchmark&gt;.json</c>. Rate and latency are the
/// values the emulators actually used (after the time scale), so the lower bound follows from them.
/// </summary>
public sealed record BenchmarkResult(
    string Benchmark,
    int Users,
    int RateLimitPerMinute,
    double LatencyMs,
    double LowerBoundSeconds,
    double TimeScale,
    IReadOnlyList<ContenderResult> Contenders);
