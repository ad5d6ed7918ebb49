using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.StuckConversations;

/// <summary>
/// A 30-day sweep for stuck conversations: the suite's filtered analytics query against reading every conversation
/// of the 30 days and looking each one up (and against filtering the unfiltered query on the client).
/// </summary>
public static class StuckConversationsBenchmark
{
    public const string Name = "stuck-conversations";
    public static readonly TimeSpan OlderThan = TimeSpan.FromHours(12);
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(30);
    private const int PageSize = 100;

    public static IReadOnlyList<Contender> Contenders { get; } =
        [SweepContender.Create(), ClientFilterContender.Create(), OneByOneContender.Create()];

    public static async Task<BenchmarkResult> RunAsync(
        BenchmarkSettings settings, int conversations, int stuck, IReadOnlyList<Contender> contenders, CancellationToken ct)
    {
        var results = new List<ContenderResult>();
        StuckScenario? last = null;
        foreach (var contender in contenders)
        {
            results.Add(await ContenderRunner.RunAsync(
                settings,
                contender.Name,
                emulator => last = Prepare(emulator),
                scenario => scenario.ToRequest(settings),
                Verify,
                ct,
                options =>
                {
                    options.Conversations = conversations;
                    options.StuckConversations = stuck;
                    options.ConversationHistory = Lookback;
                }));
        }

        return new BenchmarkResult(
            Name,
            conversations,
            settings.EffectiveRequestsPerMinute,
            settings.EffectiveLatencyMs,
            Math.Round(settings.LowerBoundSeconds(last?.MinimalCalls ?? 0), 3),
            settings.TimeScale,
            results);
    }

    private static StuckScenario Prepare(GenesysEmulator emulator)
    {
        var asOf = DateTimeOffset.UtcNow;
        var ids = emulator.State.Conversations
            .Where(c => !c.IsEnded && c.StartTime >= asOf - Lookback && c.StartTime < asOf - OlderThan)
            .Select(c => c.Id).ToList();
        return new StuckScenario(asOf, ids.Count, IdDigest.Of(ids), Math.Max(1, (ids.Count + PageSize - 1) / PageSize));
    }

    private static bool Verify(GenesysEmulator emulator, StuckScenario scenario, ContenderOutcome outcome) =>
        outcome.Succeeded && outcome.Listed == scenario.Count && outcome.Digest == scenario.Digest;

    /// <summary>The details query of the sweep's interval with no end filter (what the other contenders start from).</summary>
    public static ConversationDetailsQuery Unfiltered(DateTimeOffset asOf) => new(asOf - Lookback, asOf - OlderThan);
}
