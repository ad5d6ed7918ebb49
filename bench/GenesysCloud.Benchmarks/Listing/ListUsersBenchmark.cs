using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Listing;

/// <summary>The whole user directory listed; bound = pages ÷ rate limit.</summary>
public static class ListUsersBenchmark
{
    public const int PageSize = 500;

    public static async Task<BenchmarkResult> RunAsync(
        BenchmarkSettings settings,
        IReadOnlyList<Contender<ListingScenario, IReadOnlyList<User>>> contenders,
        CancellationToken ct)
    {
        var results = new List<ContenderResult>();
        ListingScenario? last = null;
        foreach (var contender in contenders)
            results.Add(await ContenderRunner.RunAsync(settings, contender, emulator => last = Prepare(emulator), Verify, ct));

        return new BenchmarkResult(
            "list-users",
            settings.OrgUsers,
            settings.EffectiveRequestsPerMinute,
            settings.EffectiveLatencyMs,
            Math.Round(settings.LowerBoundSeconds(last?.Pages ?? 0), 3),
            settings.TimeScale,
            results);
    }

    private static ListingScenario Prepare(GenesysEmulator emulator)
    {
        var ids = emulator.State.Users.Where(OrgUsers.IsActive).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        return new ListingScenario(ids, (ids.Count + PageSize - 1) / PageSize);
    }

    private static bool Verify(GenesysEmulator emulator, ListingScenario scenario, IReadOnlyList<User> listed) =>
        listed.Count == scenario.ExpectedUserIds.Count
        && listed.Select(u => u.Id).ToHashSet(StringComparer.Ordinal).SetEquals(scenario.ExpectedUserIds);
}
