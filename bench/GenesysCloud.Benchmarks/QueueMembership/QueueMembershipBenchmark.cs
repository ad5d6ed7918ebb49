using GenesysCloud.Benchmarks.Harness;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.QueueMembership;

/// <summary>N emails into one queue: the per-item script against the suite's bulk engine (100 per call).</summary>
public static class QueueMembershipBenchmark
{
    public const string Name = "queue-membership";
    private const int UsersPageSize = 500;
    private const int MembersPageSize = 100;
    private const int AddBatchSize = 100;
    private const string UsersPage = "GET /api/v2/users";
    private const string QueueRead = "GET /api/v2/routing/queues/{queueId}";
    private const string MembersPage = "GET /api/v2/routing/queues/{queueId}/members";
    private const string QueueAdd = "POST /api/v2/routing/queues/{queueId}/members";

    public static IReadOnlyList<Contender> Contenders { get; } = [QueuePerItemContender.Create(), QueueSuiteContender.Create()];

    public static Task<BenchmarkResult> RunAsync(BenchmarkSettings settings, int users, IReadOnlyList<Contender> contenders, CancellationToken ct) =>
        ScenarioRuns.RunAsync(Name, settings, users, contenders, emulator => Prepare(emulator, users), s => s.ToRequest(settings),
            s => s.MinimalCalls, Verify, ct, emulator => Prepare(emulator, ContenderRunner.WarmUpUsers), s => s.BoundStages);

    /// <summary>
    /// A queue without member groups and the emails of the first active users. Minimal calls: the directory at 500 per
    /// page, the queue, its individual members at 100 per page, and adds at 100 per call. The bound's stages: the first
    /// page of each list with the queue read, then the other pages, then the adds, which need the users' ids (8 in flight).
    /// </summary>
    public static QueueScenario Prepare(GenesysEmulator emulator, int users)
    {
        var state = emulator.State;
        var queue = state.Queues.OrderBy(q => q.Id, StringComparer.Ordinal)
            .First(q => state.GetQueueMembers(q.Id).All(m => m.MemberBy == "user"));
        var activeUsers = state.Users.Where(OrgUsers.IsActive).ToList();
        if (activeUsers.Count < users)
            throw new InvalidOperationException($"The emulator has {activeUsers.Count} active users; {users} were requested.");

        var requested = activeUsers.Take(users).ToList();
        var before = state.GetQueueMemberIds(queue.Id);
        var expected = new HashSet<string>(before, StringComparer.Ordinal);
        var toAdd = requested.Count(u => expected.Add(u.Id));
        var (usersPages, membersPages, adds) =
            (Pages(activeUsers.Count, UsersPageSize), Math.Max(1, Pages(before.Count, MembersPageSize)), Pages(toAdd, AddBatchSize));
        List<BoundStage> stages =
        [
            new([UsersPage, QueueRead, MembersPage], BenchmarkSettings.BoundConcurrency),
            new([.. Enumerable.Repeat(UsersPage, usersPages - 1), .. Enumerable.Repeat(MembersPage, membersPages - 1)], BenchmarkSettings.BoundConcurrency),
            BoundStage.Of(QueueAdd, adds, BenchmarkSettings.BoundConcurrency),
        ];
        return new QueueScenario(queue.Id, [.. requested.Select(u => u.Email)], expected, usersPages + 1 + membersPages + adds, stages);
    }

    private static bool Verify(GenesysEmulator emulator, QueueScenario scenario, ContenderOutcome outcome) =>
        outcome.Succeeded && emulator.State.GetQueueMemberIds(scenario.QueueId).SetEquals(scenario.ExpectedMemberIds);

    private static int Pages(int items, int pageSize) => (items + pageSize - 1) / pageSize;
}
