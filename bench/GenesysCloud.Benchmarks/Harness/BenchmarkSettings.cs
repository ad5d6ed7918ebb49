using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// The emulator shape every contender of one benchmark runs against. A time scale K compresses time
/// as a whole: the rate-limit window is 60 s / K (same request count per window), and the latency and
/// the group version read lag (and the client's conflict backoff) are divided by K, so call-bound and latency-bound work both shrink by the
/// same factor. The hardness is on: the emulator's endpoint allowances (180 on <c>GET /api/v2/users</c>),
/// group reads lagging <see cref="VersionLagMs"/> behind writes, and with probability
/// <see cref="ConflictRate"/> someone else's edit after a group member write and an injected 409 on
/// skills bulk PATCH and group member DELETE.
/// </summary>
public sealed record BenchmarkSettings(int OrgUsers, int RequestsPerWindow, double LatencyMs, double TimeScale)
{
    /// <summary>Most requests in flight that the lower bound allows (the bulk engine's directory load uses 8).</summary>
    public const int BoundConcurrency = 8;

    /// <summary>How long group reads keep showing the version from before a write, before the time scale.</summary>
    public double VersionLagMs { get; init; }

    /// <summary>Probability of an external version bump after a group member write, and of an injected 409.</summary>
    public double ConflictRate { get; init; }

    /// <summary>The client's own limit per window; 0 = the SDK's default (the token's 300).</summary>
    public int ClientRequestsPerWindow { get; init; }

    /// <summary>
    /// When true, each contender process first does the same work on a small org of its own (not measured), so the
    /// measured run is a warm process's, as in the web app; when false it includes the cold start, as a <c>gcutil</c> run does.
    /// </summary>
    public bool WarmUp { get; init; }

    public TimeSpan Window => TimeSpan.FromSeconds(60 / TimeScale);

    public double EffectiveLatencyMs => LatencyMs / TimeScale;

    public double EffectiveVersionLagMs => VersionLagMs / TimeScale;

    public int EffectiveRequestsPerMinute => (int)Math.Round(RequestsPerWindow * TimeScale);

    /// <summary>
    /// The true lower bound of <paramref name="stages"/> at this shape (see <see cref="LowerBound"/>), after the one
    /// token request every client makes first (one latency; the token endpoint is not rate-limited).
    /// </summary>
    public double LowerBoundSeconds(IEnumerable<BoundStage> stages) =>
        (EffectiveLatencyMs / 1000) +
        LowerBound.Seconds(stages, RequestsPerWindow, Window, CreateEmulatorOptions().EndpointAllowances.AsReadOnly(), EffectiveLatencyMs);

    /// <summary>
    /// The true lower bound of <paramref name="minimalCalls"/> calls that do not depend on each other, to
    /// endpoints without their own allowance, at most <see cref="BoundConcurrency"/> in flight.
    /// </summary>
    public double LowerBoundSeconds(int minimalCalls) =>
        LowerBoundSeconds([BoundStage.Of("", minimalCalls, BoundConcurrency)]);

    public EmulatorOptions CreateEmulatorOptions() => new()
    {
        Users = OrgUsers,
        RateLimitPerMinute = RequestsPerWindow,
        RateLimitWindow = Window,
        Faults = new FaultOptions
        {
            Latency = TimeSpan.FromMilliseconds(EffectiveLatencyMs),
            GroupVersionReadLag = TimeSpan.FromMilliseconds(EffectiveVersionLagMs),
            ExternalVersionBumpRate = ConflictRate,
            InjectedConflictRate = ConflictRate,
        },
    };

    /// <summary>
    /// SDK options for a client of this emulator: <see cref="ClientRequestsPerWindow"/> (by default the SDK's
    /// default: the token's allowance) over the same scaled window, the conflict backoff and its budget scaled like the rest,
    /// and retries patient enough for a long per-item run.
    /// </summary>
    public GenesysApiOptions CreateApiOptions()
    {
        var defaults = new GenesysApiOptions();
        return new GenesysApiOptions
        {
            RequestsPerMinute = ClientRequestsPerWindow > 0 ? ClientRequestsPerWindow : RequestsPerWindow,
            RateLimitWindow = Window,
            ConflictBaseDelay = defaults.ConflictBaseDelay / TimeScale,
            ConflictRetryBudget = defaults.ConflictRetryBudget / TimeScale,
            MaxRetryDuration = TimeSpan.FromMinutes(10),
        };
    }
}
