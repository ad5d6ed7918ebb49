using GenesysCloud.Diagnostics;
using GenesysCloud.Emulator;
using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Diagnostics;

/// <summary>The org probes against the emulator over real HTTP: it follows the facts, then breaks one assumption at a time.</summary>
public sealed class OrgDoctorTests
{
    private static readonly string[] EngineEndpointRateLimits =
    [
        "rate-limit.get.users", "rate-limit.get.groups.id", "rate-limit.get.groups.id.individuals", "rate-limit.get.groups.id.members",
        "rate-limit.get.routing.queues", "rate-limit.get.routing.queues.id.members", "rate-limit.get.routing.skills",
        "rate-limit.get.users.id.routingskills", "rate-limit.get.users.id.routinglanguages", "rate-limit.post.users.search", "rate-limit.post.analytics.conversations.details.query",
    ];

    private static readonly string[] PageSizeProbes =
    [
        "page-size.users", "page-size.groups", "page-size.queues", "page-size.skills", "page-size.queue-members",
        "page-size.user-skills", "page-size.user-languages", "page-size.search", "page-size.analytics",
    ];

    [Fact]
    public async Task RunAsync_EmulatorFollowingTheFacts_PassesEveryProbeOfAnAssumption()
    {
        await using var emulator = await StartAsync();
        using var api = TestEmulator.Client(emulator);

        var report = await new OrgDoctor(api).RunAsync();

        Assert.False(report.HasFailures, Describe(report));
        string[] mustPass =
        [
            "token", .. EngineEndpointRateLimits, .. PageSizeProbes, .. PageSizeProbes.Select(p => p.Replace("page-size", "page-size-above", StringComparison.Ordinal)),
            "search.exact-values", "users.by-id", "group.individuals", "group.individuals-differ", "queue.member-by",
            "analytics.interval", "analytics.result-cap", "users.expand-skills", "users.expand-languages",
            "rate-limit.reset", "rate-limit.token-window",
        ];
        Assert.All(mustPass, id => Assert.True(report.Find(id)?.Status == ProbeStatus.Pass, $"{id}: {Describe(report.Find(id))}"));
        Assert.Equal(ProbeStatus.Skip, report.Find("rate-limit.writes")?.Status);
    }

    [Fact]
    public async Task RunAsync_Always_SendsOnlyReadsAndCountsThem()
    {
        await using var emulator = await StartAsync();
        using var api = TestEmulator.Client(emulator);
        emulator.Requests.Clear();

        var report = await new OrgDoctor(api).RunAsync();

        var apiRequests = emulator.Requests.Entries.Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        Assert.All(apiRequests, request => Assert.True(
            request.Method == "GET" || request.Path is "/api/v2/users/search" or "/api/v2/analytics/conversations/details/query",
            $"{request.Method} {request.Path} is not a read"));
        Assert.Equal(apiRequests.Count, report.Calls);
        Assert.InRange(report.Calls, 20, 40);
    }

    [Fact]
    public async Task RunAsync_EndpointAllowanceBelow300_ReportsItAndWhatItCosts()
    {
        await using var emulator = await StartAsync(o => o.EndpointAllowances["GET /api/v2/users"] = 180);
        using var api = TestEmulator.Client(emulator);

        var usersLimit = (await new OrgDoctor(api).RunAsync()).Find("rate-limit.get.users")!;

        Assert.Equal(ProbeStatus.Pass, usersLimit.Status);
        Assert.StartsWith("allowed 180", usersLimit.Observed, StringComparison.Ordinal);
        Assert.Contains("below the usual 300", usersLimit.Meaning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EmulatorWithoutRateLimitHeaders_FailsEveryRateLimitProbe()
    {
        await using var emulator = await StartAsync(o => o.RateLimitPerMinute = 0);
        using var api = TestEmulator.Client(emulator);

        var report = await new OrgDoctor(api).RunAsync();

        Assert.True(report.HasFailures);
        Assert.All(EngineEndpointRateLimits, id =>
        {
            var result = report.Find(id)!;
            Assert.Equal(ProbeStatus.Fail, result.Status);
            Assert.Contains("no usable inin-ratelimit-allowed header", result.Observed, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunAsync_EmulatorRefusingPagesOf500_FailsThoseListsAndStillProbesTheRest()
    {
        await using var emulator = await StartAsync(o => o.ListPageSizeCap = 100);
        using var api = TestEmulator.Client(emulator);

        var report = await new OrgDoctor(api).RunAsync();

        Assert.All(new[] { "page-size.users", "page-size.groups", "page-size.queues", "page-size.skills" }, id =>
        {
            var result = report.Find(id)!;
            Assert.Equal(ProbeStatus.Fail, result.Status);
            Assert.Contains("pageSize 500 refused: 400", result.Observed, StringComparison.Ordinal);
        });
        Assert.Equal(ProbeStatus.Pass, report.Find("page-size.queue-members")?.Status);
        Assert.Equal(ProbeStatus.Pass, report.Find("users.by-id")?.Status);
        Assert.Equal(ProbeStatus.Pass, report.Find("group.individuals")?.Status);
    }

    [Fact]
    public async Task RunAsync_UnknownGroupId_FailsTheIndividualsProbeWithTheAnswer()
    {
        await using var emulator = await StartAsync();
        using var api = TestEmulator.Client(emulator);

        var report = await new OrgDoctor(api).RunAsync(new OrgCheckOptions { GroupId = "no-such-group" });

        var individuals = report.Find("group.individuals")!;
        Assert.Equal(ProbeStatus.Fail, individuals.Status);
        Assert.Contains("404", individuals.Observed, StringComparison.Ordinal);
        Assert.Equal(ProbeStatus.Skip, report.Find("group.individuals-differ")?.Status);
    }

    [Fact]
    public async Task RunAsync_QueueWithoutMemberGroups_WarnsThatMemberByCouldNotBeShown()
    {
        await using var emulator = await StartAsync();
        var plainQueue = emulator.State.Queues.First(q => q.MemberGroupIds.Count == 0);
        using var api = TestEmulator.Client(emulator);

        var memberBy = (await new OrgDoctor(api).RunAsync(new OrgCheckOptions { QueueId = plainQueue.Id })).Find("queue.member-by")!;

        Assert.Equal(ProbeStatus.Warn, memberBy.Status);
        Assert.Contains("no members through groups", memberBy.Observed, StringComparison.Ordinal);
    }

    private static Task<GenesysEmulator> StartAsync(Action<EmulatorOptions>? configure = null) => DoctorEmulator.StartAsync(configure);

    private static string Describe(OrgCheckReport report) =>
        string.Join('\n', report.Results.Select(Describe));

    private static string Describe(ProbeResult? result) =>
        result is null ? "(missing)" : $"{result.Status} {result.Id}: {result.Observed}";
}
