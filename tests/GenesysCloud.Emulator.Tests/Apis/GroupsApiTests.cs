using System.Net;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class GroupsApiTests : EmulatorTest
{
    private string GroupId => Org.Groups[1].Id;

    private string[] NonMembers(int count) =>
        [.. Org.Users.Select(u => u.Id).Except(Org.GetGroupMemberIds(GroupId)).Take(count)];

    [Fact]
    public async Task List_ReturnsGroupShapeSortedByName()
    {
        var page = await Api.GetJsonAsync("/api/v2/groups?pageSize=100");

        var names = page.GetProperty("entities").EnumerateArray().Select(g => g.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(12, page.GetProperty("total").GetInt64());
        var group = page.GetProperty("entities")[0];
        Assert.Contains(group.GetProperty("type").GetString(), new[] { "official", "social" });
        Assert.Contains(group.GetProperty("visibility").GetString(), new[] { "public", "owners", "members" });
        Assert.True(group.TryGetProperty("rulesVisible", out _));
        Assert.True(group.TryGetProperty("memberCount", out _));
        Assert.True(group.TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Search_ByExactName_FindsTheGroup()
    {
        var group = Org.Groups[3];

        using var response = await Api.PostAsync("/api/v2/groups/search", new
        {
            query = new[] { new { type = "EXACT", fields = new[] { "name" }, value = group.Name } },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal([group.Id], body.GetProperty("results").Ids());
        Assert.Equal(["groups"], body.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Members_PagesThroughIndividualsOwnersAndRuleMembers()
    {
        var departmentGroup = Org.Groups.MaxBy(g => g.MemberCount)!;
        var seen = new List<string>();

        for (var page = 1; ; page++)
        {
            var body = await Api.GetJsonAsync($"/api/v2/groups/{departmentGroup.Id}/members?pageSize=10&pageNumber={page}");
            seen.AddRange(body.GetProperty("entities").Ids());
            if (!body.TryGetProperty("nextUri", out _))
                break;
        }

        Assert.Equal(Org.GetGroupReachIds(departmentGroup.Id).Order(), seen.Order());
    }

    [Fact]
    public async Task AddMembers_CurrentVersion_Returns202AndBumpsVersionByOne()
    {
        var version = Org.GetGroupVersion(GroupId);
        var ids = NonMembers(50);

        using var response = await Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = ids, version });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        Assert.Equal(version + 1, Org.GetGroupVersion(GroupId));
        Assert.Superset(ids.ToHashSet(), Org.GetGroupMemberIds(GroupId).ToHashSet());
        var group = await Api.GetJsonAsync($"/api/v2/groups/{GroupId}");
        Assert.Equal(version + 1, group.GetProperty("version").GetInt32());
        Assert.Equal(Org.GetGroupReachIds(GroupId).Count, group.GetProperty("memberCount").GetInt64());
    }

    [Fact]
    public async Task AddMembers_TwiceWithNextVersion_BothSucceed()
    {
        var version = Org.GetGroupVersion(GroupId);
        var ids = NonMembers(20);

        using var first = await Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = ids[..10], version });
        using var second = await Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = ids[10..], version = version + 1 });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
    }

    [Fact]
    public async Task AddMembers_StaleVersion_Returns409Conflict()
    {
        var version = Org.AddGroupMembers(GroupId, NonMembers(1));

        using var response = await Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = NonMembers(1), version = version - 1 });

        await response.AssertErrorAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Equal(version, Org.GetGroupVersion(GroupId));
    }

    [Fact]
    public async Task AddMembers_MissingVersion_Returns400()
    {
        using var response = await Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = NonMembers(1) });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task AddMembers_51Ids_Returns400AndChangesNothing()
    {
        var version = Org.GetGroupVersion(GroupId);

        using var response = await Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = NonMembers(51), version });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Equal(version, Org.GetGroupVersion(GroupId));
    }

    [Fact]
    public async Task AddMembers_UnknownGroup_Returns404()
    {
        using var response = await Api.PostAsync($"/api/v2/groups/{Guid.NewGuid()}/members", new { memberIds = NonMembers(1), version = 1 });

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task RemoveMembers_CommaSeparatedIds_Returns202AndBumpsVersion()
    {
        var members = Org.GetGroupMemberIds(GroupId).Take(3).ToArray();
        var version = Org.GetGroupVersion(GroupId);

        using var response = await Api.DeleteAsync($"/api/v2/groups/{GroupId}/members?ids={string.Join(',', members)}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        Assert.Equal(version + 1, Org.GetGroupVersion(GroupId));
        Assert.Empty(Org.GetGroupMemberIds(GroupId).Intersect(members));
    }

    [Fact]
    public async Task RemoveMembers_51Ids_Returns400()
    {
        var ids = string.Join(',', Org.Users.Take(51).Select(u => u.Id));

        using var response = await Api.DeleteAsync($"/api/v2/groups/{GroupId}/members?ids={ids}");

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task RemoveMembers_WithoutIds_Returns400()
    {
        using var response = await Api.DeleteAsync($"/api/v2/groups/{GroupId}/members");

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }
}
