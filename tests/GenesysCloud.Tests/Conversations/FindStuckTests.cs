using GenesysCloud.Tests.Support;
using static GenesysCloud.Tests.Conversations.DetailsQueryTests;

namespace GenesysCloud.Tests.Conversations;

public sealed class FindStuckTests
{
    [Fact]
    public async Task FindStuckAsync_DefaultFilter_FindsEveryConversationWithoutEndOlderThanTwelveHoursWithinThirtyDays()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var now = DateTimeOffset.UtcNow;
        var filter = new StuckConversationFilter();

        var found = await ToListAsync(api.Conversations.FindStuckAsync(filter, now));

        var expected = Stuck(emulator.State.Conversations, now, filter).Select(c => c.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), found.Select(c => c.ConversationId).Order());
        Assert.All(found, c => Assert.Null(c.ConversationEnd));
        Assert.True(emulator.State.Conversations.Count(c => !c.IsEnded) > expected.Count, "the seed has live and too-old stuck ones the sweep must pass over");
        Assert.Equal(1, emulator.Requests.CountPath("POST", "/api/v2/analytics/conversations/details/query"));
    }

    [Fact]
    public async Task FindStuckAsync_QueueMediaTypeAndAgentFilters_ReturnOnlyMatches()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.StuckConversations = 120);
        using var api = TestEmulator.Client(emulator);
        var now = DateTimeOffset.UtcNow;
        var all = Stuck(emulator.State.Conversations, now, new StuckConversationFilter()).ToList();
        var sample = all.First(c => c.Participants.Any(p => p.UserId is not null));
        var queueId = sample.Participants.First(p => p.QueueId is not null).QueueId!;
        var userId = sample.Participants.First(p => p.UserId is not null).UserId!;
        var filter = new StuckConversationFilter { QueueIds = [queueId], MediaTypes = [sample.MediaType, "callback"], UserIds = [userId] };

        var found = await ToListAsync(api.Conversations.FindStuckAsync(filter, now));

        var expected = all.Where(c => c.Participants.Any(p => p.QueueId == queueId) && c.MediaType is var m && (m == sample.MediaType || m == "callback")
            && c.Participants.Any(p => p.UserId == userId)).Select(c => c.Id);
        Assert.Contains(sample.Id, found.Select(c => c.ConversationId));
        Assert.Equal(expected.Order(), found.Select(c => c.ConversationId).Order());
    }

    [Fact]
    public async Task FindStuckAsync_ConversationEndsWhilePaging_NoOtherStuckConversationIsMissed()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.StuckConversations = 40);
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        using var someoneElse = TestEmulator.Client(emulator);
        var now = DateTimeOffset.UtcNow;
        var filter = new StuckConversationFilter();
        var stuck = Stuck(emulator.State.Conversations, now, filter).OrderBy(c => c.StartTime).ToList();
        var endedMeanwhile = stuck[0].Id;
        var queries = 0;
        recorder.BeforeSend = async request =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/details/query", StringComparison.Ordinal) && ++queries == 2)
                Assert.True((await someoneElse.Conversations.DisconnectAsync(endedMeanwhile)).Success);
        };

        var found = await ToListAsync(api.Conversations.QueryDetailsAsync(filter.ToQuery(now) with { PageSize = 5 }));

        Assert.Equal(stuck.Select(c => c.Id).Order(), found.Select(c => c.ConversationId).Order());
    }

    [Fact]
    public void ToQuery_LookbackNotLongerThanOlderThan_ThrowsNamingLookback()
    {
        var filter = new StuckConversationFilter { OlderThan = TimeSpan.FromDays(2), Lookback = TimeSpan.FromDays(1) };

        var error = Assert.Throws<ArgumentException>(() => filter.ToQuery(DateTimeOffset.UtcNow));

        Assert.Equal("Lookback", error.ParamName);
    }

    [Fact]
    public void ToQuery_Filters_BecomeConversationEndNotExistsAndAnyOfSegmentFilters()
    {
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        var filter = new StuckConversationFilter { OlderThan = TimeSpan.FromHours(6), QueueIds = ["q1", "q2"], MediaTypes = ["chat"] };

        var query = filter.ToQuery(now);

        Assert.Equal(now.AddDays(-30), query.Start);
        Assert.Equal(now.AddHours(-6), query.End);
        var end = Assert.Single(Assert.Single(query.ConversationFilters).Predicates);
        Assert.Equal(("conversationEnd", "notExists"), (end.Dimension, end.Operator));
        Assert.Equal(["q1", "q2"], query.SegmentFilters[0].Predicates.Select(p => p.Value));
        Assert.Equal("or", query.SegmentFilters[0].Type);
        Assert.Equal("mediaType", Assert.Single(query.SegmentFilters[1].Predicates).Dimension);
    }
}
