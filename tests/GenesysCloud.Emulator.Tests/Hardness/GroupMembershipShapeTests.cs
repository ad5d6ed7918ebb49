using System.Net;

namespace GenesysCloud.Emulator.Tests.Hardness;

/// <summary>FACTS §3 and §8: owners and rule members are listed by /members, not by /individuals, and removes cannot touch them.</summary>
public sealed class GroupMembershipShapeTests : EmulatorTest
{
    private string GroupId => Org.Groups[1].Id;

    private string[] Outsiders(int count) =>
        [.. Org.Users.Select(u => u.Id).Except(Org.GetGroupReachIds(GroupId)).Take(count)];

    [Fact]
    public async Task Members_ListsIndividualsOwnersAndRuleMembers_IndividualsListsOnlyIndividuals()
    {
        var (owner, ruleMember) = (Outsiders(2)[0], Outsiders(2)[1]);
        Org.SetGroupOwners(GroupId, [owner]);
        Org.SetGroupRuleMembers(GroupId, [ruleMember]);

        var members = (await Api.GetJsonAsync($"/api/v2/groups/{GroupId}/members?pageSize=100")).GetProperty("entities").Ids();
        var individuals = (await Api.GetJsonAsync($"/api/v2/groups/{GroupId}/individuals?pageSize=100")).GetProperty("entities").Ids();

        Assert.Equal(Org.GetGroupMemberIds(GroupId).Append(owner).Append(ruleMember).Order(), members.Order());
        Assert.Equal(Org.GetGroupMemberIds(GroupId).Order(), individuals.Order());
    }

    [Fact]
    public async Task Get_ShowsOwnersAndAMemberCountOfEveryoneMembersLists()
    {
        var owner = Outsiders(1)[0];
        Org.SetGroupOwners(GroupId, [owner]);
        Org.SetGroupRuleMembers(GroupId, []);

        var group = await Api.GetJsonAsync($"/api/v2/groups/{GroupId}");

        Assert.Equal([owner], group.GetProperty("owners").Ids());
        Assert.Equal(Org.GetGroupReachIds(GroupId).Count, group.GetProperty("memberCount").GetInt64());
        Assert.Equal(Org.GetGroupMemberIds(GroupId).Count + 1, group.GetProperty("memberCount").GetInt64());
    }

    [Fact]
    public async Task RemoveMembers_OwnerAndRuleMember_Returns202AndTheyStay()
    {
        var (owner, ruleMember) = (Outsiders(2)[0], Outsiders(2)[1]);
        Org.SetGroupOwners(GroupId, [owner]);
        Org.SetGroupRuleMembers(GroupId, [ruleMember]);
        var individuals = Org.GetGroupMemberIds(GroupId);

        using var response = await Api.DeleteAsync($"/api/v2/groups/{GroupId}/members?ids={owner},{ruleMember}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(individuals.Order(), Org.GetGroupMemberIds(GroupId).Order());
        var members = (await Api.GetJsonAsync($"/api/v2/groups/{GroupId}/members?pageSize=100")).GetProperty("entities").Ids();
        Assert.Contains(owner, members);
        Assert.Contains(ruleMember, members);
    }

    [Fact]
    public async Task AddMembers_OwnerWhoIsNotAMember_MakesThemAnIndividual()
    {
        var owner = Outsiders(1)[0];
        var version = Org.SetGroupOwners(GroupId, [owner]);

        using var response = await Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = new[] { owner }, version });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains(owner, Org.GetGroupMemberIds(GroupId));
    }

    [Fact]
    public async Task SeededOrg_HasOwnersWhoAreNotMembersAndGroupsWithRuleMembers()
    {
        var groups = Org.Groups;

        Assert.Contains(groups, g => Org.GetGroupOwnerIds(g.Id).Except(Org.GetGroupMemberIds(g.Id)).Any());
        Assert.Contains(groups, g => Org.GetGroupRuleMemberIds(g.Id).Except(Org.GetGroupMemberIds(g.Id)).Any());
        Assert.All(groups, g => Assert.Equal(Org.GetGroupReachIds(g.Id).Count, g.MemberCount));
        var withOwner = groups.First(g => g.OwnerIds.Count > 0);
        var listed = (await Api.GetJsonAsync($"/api/v2/groups/{withOwner.Id}")).GetProperty("owners").Ids();
        Assert.Equal(withOwner.OwnerIds, listed);
    }
}
