using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Conversations;

public sealed class ConversationsApiTests
{
    [Fact]
    public async Task GetAsync_ReturnsConversationWithTypedParticipants()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Conversations.First(c => c.Participants.Any(p => p.Purpose == "agent"));

        var response = await api.Conversations.GetAsync(expected.Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(expected.Id, response.Data!.Id);
        var agent = Assert.Single(response.Data.Participants!, p => p.Purpose == "agent");
        Assert.Equal(expected.Participants.Single(p => p.Purpose == "agent").UserId, agent.UserId);
        Assert.NotNull(agent.QueueName);
    }

    [Fact]
    public async Task GetDetailsAsync_ReturnsAnalyticsConversationWithMediaTypeAndQueue()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Conversations[1];

        var response = await api.Conversations.GetDetailsAsync(expected.Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(expected.Id, response.Data!.ConversationId);
        Assert.Equal(expected.StartTime, response.Data.ConversationStart);
        Assert.Equal(expected.MediaType, response.Data.MediaType);
        Assert.Equal(expected.Participants.Select(p => p.QueueId).OfType<string>().Distinct(), response.Data.QueueIds);
    }

    [Fact]
    public async Task GetDetailsAsync_ManyIds_SendsOneCallPerHundredAndLeavesOutUnknownIds()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Conversations = 260);
        using var api = TestEmulator.Client(emulator);
        var ids = emulator.State.Conversations.Take(250).Select(c => c.Id).ToList();

        var found = await api.Conversations.GetDetailsAsync([.. ids, Guid.NewGuid().ToString()]);

        Assert.Equal(ids.Order(), found.Select(c => c.ConversationId).Order());
        Assert.Equal(3, emulator.Requests.CountPath("GET", "/api/v2/analytics/conversations/details"));
    }

    [Fact]
    public async Task DisconnectAsync_ActiveConversation_EndsIt_AndSecondCallFails()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var active = emulator.State.Conversations.First(c => !c.IsEnded);

        var first = await api.Conversations.DisconnectAsync(active.Id);
        var second = await api.Conversations.DisconnectAsync(active.Id);

        Assert.True(first.Success, first.Error);
        Assert.True(emulator.State.FindConversation(active.Id)!.IsEnded);
        Assert.False(second.Success);
        Assert.Equal(400, second.StatusCode);
    }

    [Fact]
    public async Task DisconnectAsync_UnknownConversation_Returns404()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var response = await api.Conversations.DisconnectAsync(Guid.NewGuid().ToString());

        Assert.False(response.Success);
        Assert.Equal(404, response.StatusCode);
    }

    [Fact]
    public async Task QueryAsync_WholeHistory_PagesThroughEveryConversation()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var all = emulator.State.Conversations;
        var interval = QueryIntervals.Format(all.Min(c => c.StartTime).AddMinutes(-1), all.Max(c => c.StartTime).AddMinutes(1));

        var found = await api.Conversations.QueryAsync(interval, pageSize: 40);

        Assert.Equal(all.Select(c => c.Id).Order(), found.Select(c => c.ConversationId).Order());
    }

    [Fact]
    public async Task QueryAsync_MediaTypeFilter_ReturnsOnlyMatchingConversations()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var all = emulator.State.Conversations;
        var mediaType = all[0].MediaType;
        var interval = QueryIntervals.Format(all.Min(c => c.StartTime).AddMinutes(-1), all.Max(c => c.StartTime).AddMinutes(1));
        var filter = new { type = "and", predicates = new[] { new { dimension = "mediaType", value = mediaType } } };

        var found = await api.Conversations.QueryAsync(interval, [filter]);

        Assert.Equal(all.Where(c => c.MediaType == mediaType).Select(c => c.Id).Order(), found.Select(c => c.ConversationId).Order());
    }
}
