using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Listing;

/// <summary>The whole user directory listed; bound: the first page, then the others (see <see cref="LowerBound"/>).</summary>
public static class ListUsersBenchmark
{
    public const string Name = "list-users";
    public const int PageSize = 500;
    private const string UsersPage = "GET /api/v2/users";

    public static IReadOnlyList<Contender> Contenders { get; } = [SequentialListContender.Create(), ConcurrentListContender.Create()];

    public static async Task<BenchmarkResult> RunAsync(BenchmarkSettings settings, IReadOnlyList<Contender> contenders, CancellationToken ct)
    {
        var results = new List<ContenderResult>();
        ListingScenario? last = null;
        foreach (var contender in contenders)
        {
            results.Add(await ContenderRunner.RunAsync(
                settings,
                contender.Name,
                emulator => last = Prepare(emulator),
                scenario => scenario.ToRequest(settings),
                Verify,
                ct));
        }

        return new BenchmarkResult(
            Name,
            settings.OrgUsers,
            settings.EffectiveRequestsPerMinute,
            settings.EffectiveLatencyMs,
            Math.Round(settings.LowerBoundSeconds(BoundStages(last?.Pages ?? 0)), 3),
            settings.TimeScale,
            results).WithHardnessOf(settings);
    }

    /// <summary>The first page tells how many follow; those can then be read at once.</summary>
    private static IEnumerable<BoundStage> BoundStages(int pages) =>
        pages == 0 ? [] : [BoundStage.Single(UsersPage), BoundStage.Of(UsersPage, pages - 1, BenchmarkSettings.BoundConcurrency)];

    private static ListingScenario Prepare(GenesysEmulator emulator)
    {
        var ids = emulator.State.Users.Where(OrgUsers.IsActive).Select(u => u.Id).ToList();
        return new ListingScenario(ids.Count, IdDigest.Of(ids), (ids.Count + PageSize - 1) / PageSize);
    }

    private static bool Verify(GenesysEmulator emulator, ListingScenario scenario, ContenderOutcome outcome) =>
        outcome.Succeeded && outcome.Listed == scenario.Count && outcome.Digest == scenario.Digest;
}
