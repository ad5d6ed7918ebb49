using GenesysCloud.Emulator.Model;
using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Conversations;

public sealed class DetailsQueryTests
{
    [Fact]
    public async Task QueryDetailsAsync_FortySixDays_SendsWindowsOfAtMost31DaysAndReturnsEachConversationOnce()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.StuckConversations = 40);
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var query = new ConversationDetailsQuery(now.AddDays(-46), now) { PageSize = 25 };

        var found = await ToListAsync(api.Conversations.QueryDetailsAsync(query));

        var expected = emulator.State.Conversations.Where(c => c.StartTime >= query.Start && c.StartTime < query.End);
        Assert.Equal(expected.Select(c => c.Id).Order(), found.Select(c => c.ConversationId).Order());
        var windows = QueryIntervals.Sent(recorder).Distinct().ToList();
        Assert.Equal(2, windows.Count);
        Assert.All(windows, w => Assert.True(w.End - w.Start <= TimeSpan.FromDays(31), $"{w.Start:O}/{w.End:O} is longer than 31 days"));
        Assert.Equal(query.Start, windows[0].Start);
        Assert.Equal(windows[0].End, windows[1].Start);
        Assert.Equal(query.End, windows[1].End);
    }

    [Fact]
    public async Task QueryDetailsAsync_OneHour_DropsTheRestOfTheDayTheApiReturns()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Conversations = 400);
        using var api = TestEmulator.Client(emulator);
        var sample = emulator.State.Conversations.First(c => c.IsEnded);
        var start = sample.StartTime.AddMinutes(-30);
        var query = new ConversationDetailsQuery(start, start.AddHours(1));

        var found = await ToListAsync(api.Conversations.QueryDetailsAsync(query));

        var expected = emulator.State.Conversations.Where(c => c.StartTime >= query.Start && c.StartTime < query.End).Select(c => c.Id);
        Assert.Contains(sample.Id, found.Select(c => c.ConversationId));
        Assert.Equal(expected.Order(), found.Select(c => c.ConversationId).Order());
    }

    [Fact]
    public async Task QueryDetailsAsync_MoreThanHundredThousandInOneWindow_ThrowsSayingToNarrowTheInterval_AfterOneCall()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.Users = 20;
            o.Queues = 2;
            o.Conversations = 100_050;
            o.StuckConversations = 0;
            o.ConversationHistory = TimeSpan.FromDays(3);
        });
        using var api = TestEmulator.Client(emulator);
        var now = DateTimeOffset.UtcNow.AddMinutes(1);

        var error = await Assert.ThrowsAsync<GenesysApiException>(() =>
            ToListAsync(api.Conversations.QueryDetailsAsync(new ConversationDetailsQuery(now.AddDays(-4), now))));

        Assert.Contains("Narrow the interval", error.Message, StringComparison.Ordinal);
        Assert.Contains("100,050 conversations", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.Requests.CountPath("POST", "/api/v2/analytics/conversations/details/query"));
    }

    [Fact]
    public async Task QueryAsync_IntervalThatIsNotIso_ThrowsNamingIt()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => api.Conversations.QueryAsync("last week"));

        Assert.Contains("'last week'", error.Message, StringComparison.Ordinal);
    }

    internal static async Task<List<AnalyticsConversation>> ToListAsync(IAsyncEnumerable<AnalyticsConversation> source)
    {
        var list = new List<AnalyticsConversation>();
        await foreach (var item in source) list.Add(item);
        return list;
    }

    internal static IEnumerable<EmulatorConversation> Stuck(IEnumerable<EmulatorConversation> all, DateTimeOffset now, StuckConversationFilter filter) =>
        all.Where(c => !c.IsEnded && c.StartTime >= now - filter.Lookback && c.StartTime < now - filter.OlderThan);
}
