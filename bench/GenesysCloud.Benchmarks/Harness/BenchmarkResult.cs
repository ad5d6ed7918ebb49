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
    IReadOnlyList<ContenderResult> Contenders)
{
    /// <summary>The group version read lag after the time scale.</summary>
    public double VersionLagMs { get; init; }

    /// <summary>Probability of an external version bump after a group member write and of an injected 409.</summary>
    public double ConflictRate { get; init; }

    /// <summary>Allowances per window below the token's limit, by endpoint.</summary>
    public IReadOnlyDictionary<string, int> EndpointAllowances { get; init; } = new Dictionary<string, int>();

    /// <summary>The client's own limit per window (the SDK's <c>RequestsPerMinute</c> over the scaled window).</summary>
    public int ClientRequestsPerWindow { get; init; }

    /// <summary>True when each contender process was warmed up first (<see cref="BenchmarkSettings.WarmUp"/>).</summary>
    public bool WarmUp { get; init; }

    /// <summary>The hardness of <paramref name="settings"/>, as the emulators served it, and the client's limit.</summary>
    public BenchmarkResult WithHardnessOf(BenchmarkSettings settings) => this with
    {
        VersionLagMs = settings.EffectiveVersionLagMs,
        WarmUp = settings.WarmUp,
        ConflictRate = settings.ConflictRate,
        ClientRequestsPerWindow = settings.CreateApiOptions().RequestsPerMinute ?? 0,
        EndpointAllowances = new SortedDictionary<string, int>(settings.CreateEmulatorOptions().EndpointAllowances, StringComparer.Ordinal),
    };
}
