using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.QueueMembership;

/// <summary>Add <see cref="Emails"/> to one queue; <see cref="ExpectedMemberIds"/> are its individual members afterwards.</summary>
public sealed record QueueScenario(
    string QueueId, IReadOnlyList<string> Emails, IReadOnlySet<string> ExpectedMemberIds, int MinimalCalls, IReadOnlyList<BoundStage> BoundStages)
{
    public ContenderRequest ToRequest(BenchmarkSettings settings) =>
        new(QueueMembershipBenchmark.Name, "", settings, QueueId, Emails, ExpectedMemberIds.Count);
}
