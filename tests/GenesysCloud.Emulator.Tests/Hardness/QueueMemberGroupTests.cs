using System.Net;
using System.Text.Json;

namespace GenesysCloud.Emulator.Tests.Hardness;

/// <summary>FACTS §4 and §8: people of a queue's member groups are listed with memberBy group and cannot be removed one by one.</summary>
public sealed class QueueMemberGroupTests : EmulatorTest
{
    private string QueueId => Org.Queues[1].Id;

    private string GroupId => Org.Groups[1].Id;

    private string Members => $"/api/v2/routing/queues/{QueueId}/members";

    /// <summary>Gives the queue one member group and returns one of its people who is not an individual member.</summary>
    private string GroupPersonOnly()
    {
        Org.SetQueueMemberGroups(QueueId, [GroupId]);
        return Org.GetGroupMemberIds(GroupId).Except(Org.GetQueueMemberIds(QueueId)).First();
    }

    [Fact]
    public async Task Get_ShowsMemberGroupsAndCountsTheirPeople()
    {
        GroupPersonOnly();

        var queue = await Api.GetJsonAsync($"/api/v2/routing/queues/{QueueId}");

        var memberGroup = Assert.Single(queue.GetProperty("memberGroups").EnumerateArray());
        Assert.Equal(GroupId, memberGroup.GetProperty("id").GetString());
        Assert.Equal("GROUP", memberGroup.GetProperty("type").GetString());
        Assert.Equal(Org.GetQueueMembers(QueueId).Count, queue.GetProperty("memberCount").GetInt32());
        Assert.Equal(Org.GetQueueMemberIds(QueueId).Count, queue.GetProperty("userMemberCount").GetInt32());
        Assert.True(queue.GetProperty("memberCount").GetInt32() > queue.GetProperty("userMemberCount").GetInt32());
    }

    [Fact]
    public async Task Members_ListsGroupPeopleWithMemberByGroup()
    {
        var person = GroupPersonOnly();

        var listed = await AllAsync(Members);

        Assert.Equal("group", listed.Single(m => m.GetProperty("id").GetString() == person).GetProperty("memberBy").GetString());
        Assert.Equal(Org.GetQueueMembers(QueueId).Select(m => m.UserId).Order(), listed.Select(m => m.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task MemberByUser_ListsOnlyIndividualMembers_MemberByGroupOnlyGroupPeople()
    {
        GroupPersonOnly();
        var viaGroup = Org.GetGroupMemberIds(GroupId).Concat(Org.GetGroupRuleMemberIds(GroupId)).Distinct();

        var byUser = await AllAsync($"{Members}?memberBy=user");
        var byGroup = await AllAsync($"{Members}?memberBy=group");

        Assert.Equal(Org.GetQueueMemberIds(QueueId).Order(), byUser.Select(m => m.GetProperty("id").GetString()!).Order());
        Assert.Equal(viaGroup.Order(), byGroup.Select(m => m.GetProperty("id").GetString()!).Order());
    }

    [Fact]
    public async Task MemberBy_UnknownValue_Returns400()
    {
        using var response = await Api.GetAsync($"{Members}?memberBy=team");

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task Joined_FiltersByJoinedState()
    {
        var joined = await AllAsync($"{Members}?joined=true");
        var unjoined = await AllAsync($"{Members}?joined=false");

        Assert.All(joined, m => Assert.True(m.GetProperty("joined").GetBoolean()));
        Assert.All(unjoined, m => Assert.False(m.GetProperty("joined").GetBoolean()));
        Assert.Equal(Org.GetQueueMembers(QueueId).Count(m => !m.Joined), unjoined.Count);
        Assert.Equal(Org.GetQueueMembers(QueueId).Count, joined.Count + unjoined.Count);
    }

    [Fact]
    public async Task DeleteOfAGroupPerson_Returns204AndTheyStayAMember()
    {
        var person = GroupPersonOnly();

        using var response = await Api.PostAsync($"{Members}?delete=true", new[] { new { id = person } });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(Org.GetQueueMembers(QueueId), m => m.UserId == person && m.MemberBy == "group");
    }

    [Fact]
    public async Task AddOfAGroupPerson_Returns400AndAddsNobodyInTheRequest()
    {
        var person = GroupPersonOnly();
        var outsider = Org.Users.Select(u => u.Id).Except(Org.GetQueueMembers(QueueId).Select(m => m.UserId)).First();
        var before = Org.GetQueueMemberIds(QueueId);

        using var response = await Api.PostAsync(Members, new[] { new { id = outsider }, new { id = person } });

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Contains(person, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.Order(), Org.GetQueueMemberIds(QueueId).Order());
    }

    [Fact]
    public async Task SeededOrg_HasQueuesWithMemberGroupsAndUnjoinedMembers()
    {
        var queues = Org.Queues;

        Assert.Contains(queues, q => q.MemberGroupIds.Count > 0 && q.MemberCount > q.UserMemberCount);
        Assert.Contains(queues, q => q.JoinedMemberCount < q.MemberCount);
        var withGroups = queues.First(q => q.MemberGroupIds.Count > 0);
        var byGroup = await AllAsync($"/api/v2/routing/queues/{withGroups.Id}/members?memberBy=group");
        Assert.NotEmpty(byGroup);
    }

    private async Task<List<JsonElement>> AllAsync(string uri)
    {
        var members = new List<JsonElement>();
        for (string? next = uri + (uri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=100"; next is not null;)
        {
            var page = await Api.GetJsonAsync(next);
            members.AddRange(page.GetProperty("entities").EnumerateArray());
            next = page.TryGetProperty("nextUri", out var link) ? link.GetString() : null;
        }
        return members;
    }
}
