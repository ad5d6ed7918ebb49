using System.Globalization;
using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Conversations;

public sealed class ConversationsApiTests
{
    [Fact]
    public async Task GetAsync_ReturnsConversation()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Conversations[0];

        var response = await api.Conversations.GetAsync(expected.Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(expected.Id, response.Data!.Id);
        Assert.NotEmpty(response.Data.Participants!);
    }

    [Fact]
    public async Task GetDetailsAsync_ReturnsAnalyticsConversation()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Conversations[1];

        var response = await api.Conversations.GetDetailsAsync(expected.Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(expected.Id, response.Data!.ConversationId);
        Assert.Equal(expected.StartTime, response.Data.ConversationStart);
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
    public async Task QueryAsync_WholeWeek_PagesThroughEveryConversation()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var all = emulator.State.Conversations;
        var interval = Interval(all.Min(c => c.StartTime).AddMinutes(-1), all.Max(c => c.StartTime).AddMinutes(1));

        var found = await api.Conversations.QueryAsync(interval, pageSize: 40);

        Assert.Equal(all.Select(c => c.Id).Order(), found.Select(c => c.ConversationId).Order());
        Assert.Equal((all.Count + 39) / 40, emulator.Requests.CountPath("POST", "/api/v2/analytics/conversations/details/query"));
    }

    [Fact]
    public async Task QueryAsync_MediaTypeFilter_ReturnsOnlyMatchingConversations()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var all = emulator.State.Conversations;
        var mediaType = all[0].MediaType;
        var interval = Interval(all.Min(c => c.StartTime).AddMinutes(-1), all.Max(c => c.StartTime).AddMinutes(1));
        var filter = new { type = "and", predicates = new[] { new { dimension = "mediaType", value = mediaType } } };

        var found = await api.Conversations.QueryAsync(interval, [filter]);

        Assert.Equal(all.Where(c => c.MediaType == mediaType).Select(c => c.Id).Order(), found.Select(c => c.ConversationId).Order());
    }

    private static string Interval(DateTimeOffset start, DateTimeOffset end) =>
        $"{start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}/{end.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}";
}
