using System.Net;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class QueuesApiTests : EmulatorTest
{
    private string QueueId => Org.Queues[0].Id;

    [Theory]
    [InlineData("*support", "EndsWith")]
    [InlineData("SALES*", "StartsWith")]
    [InlineData("*SUPP*", "Contains")]
    [InlineData("billing", "Equals")]
    public async Task List_NameWildcards_MatchCaseInsensitively(string pattern, string rule)
    {
        var core = pattern.Trim('*');
        Func<string, bool> expected = rule switch
        {
            "EndsWith" => n => n.EndsWith(core, StringComparison.OrdinalIgnoreCase),
            "StartsWith" => n => n.StartsWith(core, StringComparison.OrdinalIgnoreCase),
            "Contains" => n => n.Contains(core, StringComparison.OrdinalIgnoreCase),
            _ => n => n.Equals(core, StringComparison.OrdinalIgnoreCase),
        };

        var page = await Api.GetJsonAsync($"/api/v2/routing/queues?name={Uri.EscapeDataString(pattern)}&pageSize=100");

        var names = page.GetProperty("entities").EnumerateArray().Select(q => q.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(Org.Queues.Select(q => q.Name).Where(expected).Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task Get_KnownQueue_ReturnsQueueShape()
    {
        var seeded = Org.Queues[2];

        var queue = await Api.GetJsonAsync($"/api/v2/routing/queues/{seeded.Id}");

        Assert.Equal(seeded.Name, queue.GetProperty("name").GetString());
        Assert.Equal(seeded.MemberCount, queue.GetProperty("memberCount").GetInt32());
        Assert.Equal(Org.Division.Id, queue.GetProperty("division").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Members_FollowingNextUri_ReturnsEveryMemberWithoutTotals()
    {
        var seen = new List<string>();
        var uri = $"/api/v2/routing/queues/{QueueId}/members?pageSize=4";

        for (var pages = 0; uri is not null; pages++)
        {
            Assert.True(pages < 100, "nextUri never ended");
            var page = await Api.GetJsonAsync(uri);
            Assert.False(page.TryGetProperty("total", out _));
            Assert.False(page.TryGetProperty("pageCount", out _));
            Assert.False(page.TryGetProperty("lastUri", out _));
            seen.AddRange(page.GetProperty("entities").Ids());
            uri = page.TryGetProperty("nextUri", out var next) ? next.GetString() : null;
        }

        Assert.Equal(Org.GetQueueMembers(QueueId).Select(m => m.UserId).Order(), seen.Order());
    }

    [Fact]
    public async Task ChangeMembers_AddThenDelete_Returns204AndChangesMembership()
    {
        var ids = Org.Users.Select(u => u.Id).Except(Org.GetQueueMembers(QueueId).Select(m => m.UserId)).Take(100).ToArray();
        var body = ids.Select(id => new { id }).ToArray();

        using var added = await Api.PostAsync($"/api/v2/routing/queues/{QueueId}/members", body);
        var afterAdd = Org.GetQueueMemberIds(QueueId);
        using var deleted = await Api.PostAsync($"/api/v2/routing/queues/{QueueId}/members?delete=true", body);

        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        Assert.Superset(ids.ToHashSet(), afterAdd.ToHashSet());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(Org.GetQueueMemberIds(QueueId).Intersect(ids));
    }

    [Fact]
    public async Task ChangeMembers_101Entries_Returns400AndChangesNothing()
    {
        var before = Org.GetQueueMemberIds(QueueId);
        var body = Org.Users.Take(101).Select(u => new { id = u.Id }).ToArray();

        using var response = await Api.PostAsync($"/api/v2/routing/queues/{QueueId}/members", body);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Equal(before.Order(), Org.GetQueueMemberIds(QueueId).Order());
    }

    [Fact]
    public async Task ChangeMembers_UnknownQueue_Returns404()
    {
        using var response = await Api.PostAsync($"/api/v2/routing/queues/{Guid.NewGuid()}/members", new[] { new { id = Org.Users[0].Id } });

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }
}
