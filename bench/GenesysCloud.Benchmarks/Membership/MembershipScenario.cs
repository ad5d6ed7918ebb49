using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Membership;

/// <summary>
/// Add <see cref="Emails"/> to one group. <see cref="ExpectedMemberIds"/> is the exact membership
/// afterwards (individual members); <see cref="MinimalCalls"/> is the fewest API calls that can do it,
/// <see cref="BoundStages"/> the order they must come in.
/// </summary>
public sealed record MembershipScenario(
    string GroupId,
    IReadOnlyList<string> Emails,
    IReadOnlySet<string> ExpectedMemberIds,
    int MinimalCalls,
    IReadOnlyList<BoundStage> BoundStages)
{
    public ContenderRequest ToRequest(BenchmarkSettings settings) =>
        new(MembershipBenchmark.Name, "", settings, GroupId, Emails, ExpectedMemberIds.Count);
}
