using System.Globalization;
using System.Net;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class AnalyticsApiTests(OrgFixture org) : SharedOrgTest(org)
{
    private const string Query = "/api/v2/analytics/conversations/details/query";

    private static string LastDays(int days)
    {
        var end = DateTimeOffset.UtcNow.AddMinutes(1);
        return string.Create(CultureInfo.InvariantCulture, $"{end.AddDays(-days):O}/{end:O}");
    }

    /// <summary>What the API returns for an interval: conversations that started on a UTC day it touches.</summary>
    private List<EmulatorConversation> OnDaysOf(string interval)
    {
        var parts = interval.Split('/');
        var first = DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture).UtcDateTime.Date;
        var last = DateTimeOffset.Parse(parts[1], CultureInfo.InvariantCulture).UtcDateTime.AddTicks(-1).Date;
        return [.. Org.Conversations.Where(c => c.StartTime.UtcDateTime.Date >= first && c.StartTime.UtcDateTime.Date <= last)];
    }

    [Fact]
    public async Task Details_KnownConversation_ReturnsSessionsAndSegments()
    {
        var seeded = Org.Conversations.First(c => c.IsEnded && c.Participants.Any(p => p.WrapupCodeId is not null));

        var details = await Api.GetJsonAsync($"/api/v2/analytics/conversations/{seeded.Id}/details");

        Assert.Equal(seeded.Id, details.GetProperty("conversationId").GetString());
        var agent = details.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("purpose").GetString() == "agent");
        var segments = agent.GetProperty("sessions")[0].GetProperty("segments");
        Assert.Equal(seeded.MediaType, agent.GetProperty("sessions")[0].GetProperty("mediaType").GetString());
        Assert.Contains(segments.EnumerateArray(), s => s.TryGetProperty("wrapUpCode", out _));
    }

    [Fact]
    public async Task Details_UnknownConversation_Returns404()
    {
        using var response = await Api.GetAsync($"/api/v2/analytics/conversations/{Guid.NewGuid()}/details");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task Query_SevenDays_PagesThroughEveryConversationOfTheDaysTouched()
    {
        var interval = LastDays(8);
        var expected = OnDaysOf(interval);
        var seen = new List<string>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            using var response = await Api.PostAsync(Query, new { interval, paging = new { pageSize = 100, pageNumber } });
            var body = await response.JsonAsync(HttpStatusCode.OK);
            Assert.Equal(expected.Count, body.GetProperty("totalHits").GetInt32());
            if (!body.TryGetProperty("conversations", out var page))
                break;
            seen.AddRange(page.EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()!));
        }

        Assert.Equal(expected.Select(c => c.Id), seen);
    }

    [Fact]
    public async Task Query_IntervalOfAnHour_ReturnsTheWholeDaysItTouches()
    {
        var sample = Org.Conversations.First(c => c.StartTime.UtcDateTime.Hour is > 1 and < 22);
        var hour = sample.StartTime.UtcDateTime.Date.AddHours(sample.StartTime.UtcDateTime.Hour == 12 ? 3 : 12);
        var interval = string.Create(CultureInfo.InvariantCulture, $"{hour:yyyy-MM-ddTHH:mm:ssZ}/{hour.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}");

        using var response = await Api.PostAsync(Query, new { interval, paging = new { pageSize = 100 } });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(OnDaysOf(interval).Count, body.GetProperty("totalHits").GetInt32());
        Assert.Contains(sample.Id, body.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()));
    }

    [Fact]
    public async Task Query_ConversationEndNotExists_ReturnsOnlyConversationsWithoutEnd()
    {
        var interval = LastDays(30);

        using var response = await Api.PostAsync(Query, new
        {
            interval,
            paging = new { pageSize = 100 },
            conversationFilters = new[] { new { type = "and", predicates = new[] { new { dimension = "conversationEnd", @operator = "notExists" } } } },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        var expected = OnDaysOf(interval).Where(c => !c.IsEnded).Select(c => c.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, body.GetProperty("totalHits").GetInt32());
        Assert.Equal(expected.Take(100), body.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()));
    }

    [Fact]
    public async Task Query_IntervalOverThirtyOneDays_Returns400WithTheRealText()
    {
        using var response = await Api.PostAsync(Query, new { interval = "2026-01-01T00:00:00Z/2026-02-01T00:00:01Z" });

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Contains("does not exceed 31 days", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_PastHundredThousandResults_Returns400WithTheRealText()
    {
        using var response = await Api.PostAsync(Query, new { interval = LastDays(8), paging = new { pageSize = 50, pageNumber = 2001 } });

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Equal("Pagination may not exceed 100000 results.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task MultiGet_KnownAndUnknownIds_ReturnsTheKnownOnes()
    {
        var known = Org.Conversations.Take(3).Select(c => c.Id).ToList();

        var body = await Api.GetJsonAsync($"/api/v2/analytics/conversations/details?id={string.Join(',', known)},{Guid.NewGuid()}");

        Assert.Equal(known.Order(), body.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()).Order());
    }

    [Fact]
    public async Task MultiGet_MoreThanHundredIds_Returns400()
    {
        var ids = string.Join(',', Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()));

        using var response = await Api.GetAsync($"/api/v2/analytics/conversations/details?id={ids}");

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task Query_QueueAndMediaTypeSegmentFilter_ReturnsOnlyMatches()
    {
        var queueId = Org.Queues[0].Id;
        static bool InQueue(EmulatorConversation c, string queueId) => c.Participants.Any(p => p.QueueId == queueId);

        using var response = await Api.PostAsync(Query, new
        {
            interval = LastDays(8),
            paging = new { pageSize = 100 },
            segmentFilters = new object[]
            {
                new { type = "and", predicates = new[] { new { dimension = "queueId", value = queueId } } },
                new
                {
                    type = "or",
                    predicates = new[] { new { dimension = "mediaType", value = "voice" }, new { dimension = "mediaType", value = "chat" } },
                },
            },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        var expected = OnDaysOf(LastDays(8)).Where(c => InQueue(c, queueId) && c.MediaType is "voice" or "chat").Select(c => c.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, body.GetProperty("totalHits").GetInt32());
        Assert.Equal(expected.Take(100), body.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()));
    }

    [Fact]
    public async Task Query_UserAndConversationIdFilters_FindOneConversation()
    {
        var seeded = Org.Conversations.Last(c => c.Participants.Any(p => p.UserId is not null));
        var userId = seeded.Participants.First(p => p.UserId is not null).UserId;

        using var response = await Api.PostAsync(Query, new
        {
            interval = LastDays(8),
            conversationFilters = new[] { new { type = "and", predicates = new[] { new { dimension = "conversationId", value = seeded.Id } } } },
            segmentFilters = new[] { new { type = "and", predicates = new[] { new { dimension = "userId", value = userId } } } },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, body.GetProperty("totalHits").GetInt32());
    }

    [Fact]
    public async Task Query_NothingMatches_OmitsConversations()
    {
        using var response = await Api.PostAsync(Query, new
        {
            interval = LastDays(1),
            conversationFilters = new[] { new { type = "and", predicates = new[] { new { dimension = "conversationId", value = "none" } } } },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, body.GetProperty("totalHits").GetInt32());
        Assert.False(body.TryGetProperty("conversations", out _));
    }

    [Theory]
    [InlineData("""{"paging":{"pageSize":10}}""")]
    [InlineData("""{"interval":"2024-01-01T00:00:00Z/2024-02-02T00:00:00Z"}""")]
    [InlineData("""{"interval":"2024-01-08T00:00:00Z/2024-01-01T00:00:00Z"}""")]
    [InlineData("""{"interval":"yesterday"}""")]
    [InlineData("""{"interval":"2024-01-01T00:00:00Z/2024-01-02T00:00:00Z","paging":{"pageSize":101}}""")]
    [InlineData("""{"interval":"2024-01-01T00:00:00Z/2024-01-02T00:00:00Z","paging":{"pageSize":100,"pageNumber":1001}}""")]
    [InlineData("""{"interval":"2024-01-01T00:00:00Z/2024-01-02T00:00:00Z","segmentFilters":[{"type":"and","predicates":[{"dimension":"shoeSize","value":"9"}]}]}""")]
    [InlineData("""{"interval":"2024-01-01T00:00:00Z/2024-01-02T00:00:00Z","segmentFilters":[{"type":"xor","predicates":[{"dimension":"queueId","value":"q"}]}]}""")]
    public async Task Query_InvalidRequest_Returns400(string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await Api.Http.PostAsync(Query, content);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task Query_ExactlyHundredThousandResults_IsAllowed()
    {
        using var response = await Api.PostAsync(Query, new
        {
            interval = LastDays(8),
            paging = new { pageSize = 100, pageNumber = 1000 },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
