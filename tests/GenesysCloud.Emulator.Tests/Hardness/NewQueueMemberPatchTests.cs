using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Hardness;

/// <summary>
/// A member added moments ago is still 404 on the single-member PATCH, as Genesys's Terraform provider expects
/// (it retries that 404); on by default (<see cref="FaultOptions.NewQueueMemberNotFoundFor"/>).
/// </summary>
public sealed class NewQueueMemberPatchTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new();

    private string QueueId => Org.Queues[1].Id;

    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.Time = _time;
        return options;
    }

    [Fact]
    public void NewQueueMemberNotFoundFor_ByDefault_IsOn()
    {
        Assert.True(new EmulatorOptions().Faults.NewQueueMemberNotFoundFor > TimeSpan.Zero);
    }

    [Fact]
    public async Task PatchMember_RightAfterTheAdd_Returns404UntilTheWindowHasPassed()
    {
        var window = Emulator.Faults.NewQueueMemberNotFoundFor;
        var newcomer = await AddOutsiderAsync();

        using var early = await PatchRingAsync(newcomer, 3);
        _time.Advance(window - TimeSpan.FromMilliseconds(1));
        using var stillEarly = await PatchRingAsync(newcomer, 3);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        using var afterwards = await PatchRingAsync(newcomer, 3);

        await early.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
        await stillEarly.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
        Assert.Equal(HttpStatusCode.Accepted, afterwards.StatusCode);
        Assert.Equal(3, Org.GetQueueMembers(QueueId).Single(m => m.UserId == newcomer).RingNumber);
    }

    [Fact]
    public async Task PatchMember_JoinedRightAfterTheAdd_Returns404Too()
    {
        var newcomer = await AddOutsiderAsync();

        using var response = await Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members/{newcomer}", new { joined = false });

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task PatchMember_SeededMember_IsAcceptedAtOnce()
    {
        var member = Org.GetQueueMembers(QueueId).First(m => m.MemberBy == "user").UserId;

        using var response = await PatchRingAsync(member, 2);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task PatchMember_WindowTurnedOff_AcceptsANewMemberAtOnce()
    {
        Emulator.Faults.NewQueueMemberNotFoundFor = TimeSpan.Zero;
        var newcomer = await AddOutsiderAsync();

        using var response = await PatchRingAsync(newcomer, 2);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<string> AddOutsiderAsync()
    {
        var outsider = Org.Users.Select(u => u.Id).Except(Org.GetQueueMembers(QueueId).Select(m => m.UserId)).First();
        using var add = await Api.Http.PostAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members?delete=false", new[] { new { id = outsider } });
        Assert.True(add.IsSuccessStatusCode, $"add answered {(int)add.StatusCode}");
        return outsider;
    }

    private Task<HttpResponseMessage> PatchRingAsync(string userId, int ring) =>
        Api.Http.PatchAsJsonAsync($"/api/v2/routing/queues/{QueueId}/members/{userId}", new { ringNumber = ring });
}
