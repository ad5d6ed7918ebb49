using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Skills;

/// <summary>
/// One routing skill at one proficiency for N people. No API gives a skill to many users at once, so the bound is one
/// write per person who needs it, plus the directory pages and the skill read.
/// </summary>
public static class SkillsBenchmark
{
    public const string Name = "skills";
    public const double Proficiency = 3;
    private const int UsersPageSize = 500;

    public static IReadOnlyList<Contender> Contenders { get; } = [SkillsSuiteContender.Create()];

    public static Task<BenchmarkResult> RunAsync(BenchmarkSettings settings, int users, IReadOnlyList<Contender> contenders, CancellationToken ct) =>
        ScenarioRuns.RunAsync(Name, settings, users, contenders, emulator => Prepare(emulator, users), s => s.ToRequest(settings),
            s => s.MinimalCalls, Verify, ct);

    /// <summary>The first skill and the first N active users; minimal calls = directory pages + 1 skill read + one write per person who lacks it.</summary>
    public static SkillScenario Prepare(GenesysEmulator emulator, int users)
    {
        var state = emulator.State;
        var skill = state.Skills[0];
        var activeUsers = state.Users.Where(OrgUsers.IsActive).ToList();
        if (activeUsers.Count < users)
            throw new InvalidOperationException($"The emulator has {activeUsers.Count} active users; {users} were requested.");
        var requested = activeUsers.Take(users).ToList();
        var toChange = requested.Count(u => !state.GetUserSkills(u.Id).TryGetValue(skill.Id, out var p) || p != Proficiency);
        var minimalCalls = (activeUsers.Count + UsersPageSize - 1) / UsersPageSize + 1 + toChange;
        return new SkillScenario(skill.Id, [.. requested.Select(u => u.Id)], [.. requested.Select(u => u.Email)], minimalCalls);
    }

    private static bool Verify(GenesysEmulator emulator, SkillScenario scenario, ContenderOutcome outcome) =>
        outcome.Succeeded && scenario.UserIds.All(id => emulator.State.GetUserSkills(id).TryGetValue(scenario.SkillId, out var p) && p == Proficiency);
}
