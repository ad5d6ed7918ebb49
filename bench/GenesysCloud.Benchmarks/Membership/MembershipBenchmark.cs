using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Membership;

/// <summary>N emails into one group: the per-item script against the suite's bulk engine.</summary>
public static class MembershipBenchmark
{
    public const string Name = "membership";
    private const int UsersPageSize = 500;
    private const int MembersPageSize = 100;
    private const int AddBatchSize = 50;
    private const string UsersPage = "GET /api/v2/users";
    private const string GroupRead = "GET /api/v2/groups/{groupId}";
    private const string IndividualsPage = "GET /api/v2/groups/{groupId}/individuals";
    private const string GroupAdd = "POST /api/v2/groups/{groupId}/members";

    public static IReadOnlyList<Contender> Contenders { get; } = [PerItemContender.Create(), SuiteContender.Create()];

    public static async Task<BenchmarkResult> RunAsync(
        BenchmarkSettings settings, int users, IReadOnlyList<Contender> contenders, CancellationToken ct)
    {
        var results = new List<ContenderResult>();
        MembershipScenario? last = null;
        foreach (var contender in contenders)
        {
            results.Add(await ContenderRunner.RunAsync(
                settings,
                contender.Name,
                emulator => last = Prepare(emulator, users),
                scenario => scenario.ToRequest(settings),
                Verify,
                ct,
                prepareWarmUp: emulator => Prepare(emulator, ContenderRunner.WarmUpUsers)));
        }

        return new BenchmarkResult(
            Name,
            users,
            settings.EffectiveRequestsPerMinute,
            settings.EffectiveLatencyMs,
            Math.Round(settings.LowerBoundSeconds(last?.BoundStages ?? []), 3),
            settings.TimeScale,
            results).WithHardnessOf(settings);
    }

    /// <summary>
    /// The first group of the seeded org (owners and maybe rule members included) and the emails of the first
    /// active users. The fewest calls: the directory at 500 per page, the group (its version) and its
    /// individual members at 100 per page, then the adds, 50 per call. The bound's stages: the first page of
    /// each list with the group read, then the other pages, then each add after the one before (each carries
    /// the version the one before left).
    /// </summary>
    public static MembershipScenario Prepare(GenesysEmulator emulator, int users)
    {
        var state = emulator.State;
        var group = state.Groups.OrderBy(g => g.Id, StringComparer.Ordinal).First();
        var activeUsers = state.Users.Where(OrgUsers.IsActive).ToList();
        if (activeUsers.Count < users)
            throw new InvalidOperationException($"The emulator has {activeUsers.Count} active users; {users} were requested.");

        var requested = activeUsers.Take(users).ToList();
        var before = state.GetGroupMemberIds(group.Id);
        var expected = new HashSet<string>(before, StringComparer.Ordinal);
        var toAdd = requested.Count(u => expected.Add(u.Id));

        var (usersPages, individualsPages, adds) =
            (Pages(activeUsers.Count, UsersPageSize), Math.Max(1, Pages(before.Count, MembersPageSize)), Pages(toAdd, AddBatchSize));
        List<BoundStage> stages =
        [
            new([UsersPage, GroupRead, IndividualsPage], BenchmarkSettings.BoundConcurrency),
            new([.. Enumerable.Repeat(UsersPage, usersPages - 1), .. Enumerable.Repeat(IndividualsPage, individualsPages - 1)],
                BenchmarkSettings.BoundConcurrency),
            .. Enumerable.Repeat(BoundStage.Single(GroupAdd), adds),
        ];
        return new MembershipScenario(
            group.Id, requested.Select(u => u.Email).ToList(), expected, usersPages + 1 + individualsPages + adds, stages);
    }

    private static bool Verify(GenesysEmulator emulator, MembershipScenario scenario, ContenderOutcome outcome) =>
        outcome.Succeeded && emulator.State.GetGroupMemberIds(scenario.GroupId).SetEquals(scenario.ExpectedMemberIds);

    private static int Pages(int items, int pageSize) => (items + pageSize - 1) / pageSize;
}
