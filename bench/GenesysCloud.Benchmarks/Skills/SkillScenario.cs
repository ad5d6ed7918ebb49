using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Skills;

/// <summary>Give <see cref="SkillId"/> at <see cref="SkillsBenchmark.Proficiency"/> to the people of <see cref="Emails"/>.</summary>
public sealed record SkillScenario(string SkillId, IReadOnlyList<string> UserIds, IReadOnlyList<string> Emails, int MinimalCalls)
{
    public ContenderRequest ToRequest(BenchmarkSettings settings) => new(SkillsBenchmark.Name, "", settings, SkillId, Emails, UserIds.Count);
}
