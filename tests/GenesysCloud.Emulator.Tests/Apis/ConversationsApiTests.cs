using System.Net;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class ConversationsApiTests : EmulatorTest
{
    [Fact]
    public async Task Get_KnownConversation_ReturnsParticipants()
    {
        var seeded = Org.Conversations.First(c => c.Participants.Any(p => p.Purpose == "agent"));

        var conversation = await Api.GetJsonAsync($"/api/v2/conversations/{seeded.Id}");

        Assert.Equal(seeded.Id, conversation.GetProperty("id").GetString());
        var agent = conversation.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("purpose").GetString() == "agent");
        Assert.Equal(seeded.Participants.Single(p => p.Purpose == "agent").UserId, agent.GetProperty("userId").GetString());
        Assert.True(agent.TryGetProperty("queueId", out _));
    }

    [Fact]
    public async Task Disconnect_ActiveConversation_Returns202WithEmptyBodyAndEndsIt()
    {
        var active = Org.Conversations.First(c => !c.IsEnded);

        using var response = await Api.PostAsync($"/api/v2/conversations/{active.Id}/disconnect", new { });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.True(Org.FindConversation(active.Id)!.IsEnded);
    }

    [Fact]
    public async Task Disconnect_EndedConversation_Returns400()
    {
        var ended = Org.Conversations.First(c => c.IsEnded);

        using var response = await Api.PostAsync($"/api/v2/conversations/{ended.Id}/disconnect", new { });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task Disconnect_UnknownConversation_Returns404()
    {
        using var response = await Api.PostAsync($"/api/v2/conversations/{Guid.NewGuid()}/disconnect", new { });

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }
}
