using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.StuckConversations;

/// <summary>
/// Find every conversation without an end that started 12 hours to 30 days before <see cref="AsOf"/>.
/// <see cref="MinimalCalls"/>: the filtered details query's pages (100 per page) in one 31-day window.
/// </summary>
public sealed record StuckScenario(DateTimeOffset AsOf, int Count, string Digest, int MinimalCalls)
{
    public ContenderRequest ToRequest(BenchmarkSettings settings) =>
        new(StuckConversationsBenchmark.Name, "", settings, null, [], Count) { AsOf = AsOf };
}
