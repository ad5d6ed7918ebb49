using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Hardness;

/// <summary>FACTS §4: join/unjoin through PATCH is asynchronous and ignores non-members; one member's ring number or joined.</summary>
public sealed class QueueMemberUpdateTests : EmulatorTest
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);
    private readonly FakeTimeProvider _time = new();

    private string QueueId => Org.Queues[1].Id;

    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.Time = _time;
        options.Faults.QueueMemberUpdateDelay = Delay;
        return options;
    }

    [Fact]
    public async Task PatchMembers_UnjoinTakesEffectOnlyAfterTheDelay()
    {
        var member = Org.GetQueueMembers(QueueId).First(m => m.Joined).UserId;

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members", new[] { new { id = member, joined = false } });
        var before = Joined(member);
        _time.Advance(Delay);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(before);
        Assert.False(Joined(member));
    }

    [Fact]
    public async Task PatchMembers_NonMembersAreIgnored()
    {
        var outsider = Org.Users.Select(u => u.Id).Except(Org.GetQueueMembers(QueueId).Select(m => m.UserId)).First();

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members", new[] { new { id = outsider, joined = true } });
        _time.Advance(Delay);

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Empty(body.GetProperty("entities").EnumerateArray());
        Assert.DoesNotContain(Org.GetQueueMembers(QueueId), m => m.UserId == outsider);
    }

    [Fact]
    public async Task PatchMembers_101Entries_Returns400()
    {
        var body = Org.Users.Take(101).Select(u => new { id = u.Id, joined = true }).ToArray();

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members", body);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task PatchMember_RingNumber_Returns202AndTakesEffectAfterTheDelay()
    {
        var member = Org.GetQueueMembers(QueueId)[0].UserId;

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members/{member}", new { ringNumber = 4 });
        var before = RingNumber(member);
        _time.Advance(Delay);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotEqual(4, before);
        Assert.Equal(4, RingNumber(member));
    }

    [Fact]
    public async Task PatchMember_RingNumberAndJoinedTogether_Returns400()
    {
        var member = Org.GetQueueMembers(QueueId)[0].UserId;

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members/{member}", new { ringNumber = 2, joined = false });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task PatchMember_NotAMember_Returns404()
    {
        var outsider = Org.Users.Select(u => u.Id).Except(Org.GetQueueMembers(QueueId).Select(m => m.UserId)).First();

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members/{outsider}", new { joined = true });

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public async Task PatchMember_RingNumberOutsideOneToSix_Returns400AndChangesNothing(int ring)
    {
        var member = Org.GetQueueMembers(QueueId)[0].UserId;
        var before = RingNumber(member);

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members/{member}", new { ringNumber = ring });
        _time.Advance(Delay);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Equal(before, RingNumber(member));
    }

    [Fact]
    public async Task PatchMember_RingNumberOfAMemberOnlyThroughAGroup_Returns400AndChangesNothing()
    {
        var (queue, viaGroup) = QueueWithAGroupOnlyMember();

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{queue}/members/{viaGroup}", new { ringNumber = 3 });
        _time.Advance(Delay);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Equal(1, Org.GetQueueMembers(queue).Single(m => m.UserId == viaGroup).RingNumber);
    }

    private (string Queue, string ViaGroup) QueueWithAGroupOnlyMember()
    {
        var queue = Org.Queues[2].Id;
        var group = Org.Groups[0].Id;
        var person = Org.Users[^1].Id;
        Org.RemoveQueueMembers(queue, [person]);
        Org.AddGroupMembers(group, [person]);
        Org.SetQueueMemberGroups(queue, [group]);
        return (queue, person);
    }

    private bool Joined(string userId) => Org.GetQueueMembers(QueueId).Single(m => m.UserId == userId).Joined;

    private int RingNumber(string userId) => Org.GetQueueMembers(QueueId).Single(m => m.UserId == userId).RingNumber;
}
