using System.Net;

namespace GenesysCloud.Emulator.Tests.Hardness;

public sealed class QueueMemberIgnoredAddTests : EmulatorTest
{
    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.RefuseQueueAddOfGroupMember = false;
        return options;
    }

    [Fact]
    public async Task AddOfAGroupPerson_NotRefused_Returns204AndTheyStayMemberByGroupOnly()
    {
        var (queue, group) = (Org.Queues[1].Id, Org.Groups[1].Id);
        Org.SetQueueMemberGroups(queue, [group]);
        var person = Org.GetGroupMemberIds(group).Except(Org.GetQueueMemberIds(queue)).First();
        var outsider = Org.Users.Select(u => u.Id).Except(Org.GetQueueMembers(queue).Select(m => m.UserId)).First();

        using var response = await Api.PostAsync($"/api/v2/routing/queues/{queue}/members", new[] { new { id = outsider }, new { id = person } });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(outsider, Org.GetQueueMemberIds(queue));
        Assert.DoesNotContain(person, Org.GetQueueMemberIds(queue));
        Assert.Contains(Org.GetQueueMembers(queue), m => m.UserId == person && m.MemberBy == "group");
    }
}
