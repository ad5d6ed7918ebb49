using GenesysCloud.Emulator;
using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Queues;

/// <summary>
/// The ring PATCH retries the 404 a member added moments ago can get (the emulator gives it for
/// <see cref="FaultOptions.NewQueueMemberNotFoundFor"/>), on the client's clock, and only within its budget.
/// </summary>
public sealed class NewQueueMemberRetryTests
{
    private const string PatchEndpoint = "/api/v2/routing/queues/{queueId}/members/{memberId}";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private readonly SkipAheadTime _time = new(longest: Budget);

    [Fact]
    public async Task SetRingNumberAsync_RightAfterTheAdd_RetriesThe404UntilTheMemberIsKnown()
    {
        await using var emulator = await StartAsync(notFoundFor: TimeSpan.FromSeconds(2));
        using var api = Client(emulator);
        var (queueId, newcomer) = Outsider(emulator);
        Assert.True((await api.Queues.AddMembersAsync(queueId, [newcomer])).Success);
        var started = _time.GetUtcNow();

        var ring = await api.Queues.SetRingNumberAsync(queueId, newcomer, 4);

        Assert.True(ring.Success, ring.Error);
        Assert.Equal(4, emulator.State.GetQueueMembers(queueId).Single(m => m.UserId == newcomer).RingNumber);
        // 404 at 0, 0.5 and 1.5 s; accepted at 3 s, the first try after the 2 s window.
        Assert.Equal(4, emulator.Requests.Count("PATCH", PatchEndpoint));
        Assert.Equal(TimeSpan.FromSeconds(3), _time.GetUtcNow() - started);
    }

    [Fact]
    public async Task SetRingNumberAsync_SomeoneWhoIsNotAMember_FailsClearlyAfterTheBudget()
    {
        await using var emulator = await StartAsync(notFoundFor: TimeSpan.FromSeconds(2));
        using var api = Client(emulator);
        var (queueId, outsider) = Outsider(emulator);
        var started = _time.GetUtcNow();

        var ring = await api.Queues.SetRingNumberAsync(queueId, outsider, 4);

        Assert.False(ring.Success);
        Assert.Equal(404, ring.StatusCode);
        Assert.StartsWith($"Still not found after 7.5 s of retries: user {outsider} is not an individual member of queue {queueId}", ring.Error, StringComparison.Ordinal);
        // Tries at 0, 0.5, 1.5, 3, 5 and 7.5 s; the next wait (3 s) would pass the 10 s budget.
        Assert.Equal(6, emulator.Requests.Count("PATCH", PatchEndpoint));
        Assert.InRange(_time.GetUtcNow() - started, TimeSpan.Zero, Budget);
    }

    [Fact]
    public async Task SetRingNumberAsync_BudgetZero_ReportsThe404OfTheFirstTry()
    {
        await using var emulator = await StartAsync(notFoundFor: TimeSpan.FromSeconds(2));
        using var api = Client(emulator, TimeSpan.Zero);
        var (queueId, newcomer) = Outsider(emulator);
        Assert.True((await api.Queues.AddMembersAsync(queueId, [newcomer])).Success);

        var ring = await api.Queues.SetRingNumberAsync(queueId, newcomer, 4);

        Assert.Equal(404, ring.StatusCode);
        Assert.Equal(1, emulator.Requests.Count("PATCH", PatchEndpoint));
    }

    [Fact]
    public async Task SetRingNumberAsync_RefusedForAnotherReason_IsNotRetried()
    {
        await using var emulator = await StartAsync(notFoundFor: TimeSpan.Zero);
        using var api = Client(emulator);
        var queueId = emulator.State.Queues[2].Id;
        var group = emulator.State.Groups[0].Id;
        var viaGroup = emulator.State.Users[^1].Id;
        emulator.State.RemoveQueueMembers(queueId, [viaGroup]);
        emulator.State.AddGroupMembers(group, [viaGroup]);
        emulator.State.SetQueueMemberGroups(queueId, [group]);

        var ring = await api.Queues.SetRingNumberAsync(queueId, viaGroup, 2);

        Assert.Equal(400, ring.StatusCode);
        Assert.Equal(1, emulator.Requests.Count("PATCH", PatchEndpoint));
    }

    private Task<GenesysEmulator> StartAsync(TimeSpan notFoundFor) =>
        TestEmulator.StartAsync(options =>
        {
            options.Time = _time;
            options.Faults.NewQueueMemberNotFoundFor = notFoundFor;
        });

    private GenesysCloudApi Client(GenesysEmulator emulator, TimeSpan? budget = null) =>
        TestEmulator.Client(emulator, options =>
        {
            options.TimeProvider = _time;
            options.NewQueueMemberRetryBudget = budget ?? Budget;
        }, authTime: _time);

    private static (string QueueId, string UserId) Outsider(GenesysEmulator emulator)
    {
        var queueId = emulator.State.Queues[1].Id;
        var outsider = emulator.State.Users.Select(u => u.Id).Except(emulator.State.GetQueueMembers(queueId).Select(m => m.UserId)).First();
        return (queueId, outsider);
    }
}
