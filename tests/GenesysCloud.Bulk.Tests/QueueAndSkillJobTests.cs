using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class QueueAndSkillJobTests
{
    private const string QueueMembersRoute = "/api/v2/routing/queues/{queueId}/members";

    [Fact]
    public async Task ApplyAsync_QueueAddThenRemove_ChangesOnlyWhatIsNeededAndUndoes()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var users = org.State.Users;
        var queue = org.State.Queues[0].Id;
        org.State.RemoveQueueMembers(queue, org.State.GetQueueMemberIds(queue));
        org.State.SetQueueMemberGroups(queue, []); // members via a group: QueueMemberGroupJobTests
        org.State.AddQueueMembers(queue, users.Take(20).Select(u => u.Id));

        var added = await org.Engine.ApplyAsync(
            await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToQueue, queue, [.. users.Take(250).Select(u => u.Email)])));
        var afterAdd = org.State.GetQueueMemberIds(queue);
        var addCalls = org.Calls("POST", QueueMembersRoute);
        var removed = await org.Engine.ApplyAsync(
            await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveFromQueue, queue, [.. users.Skip(200).Take(100).Select(u => u.Id)])));
        var undone = await org.Engine.ApplyAsync(await org.Engine.PlanUndoAsync(removed.Job.Id));

        Assert.Equal((230, 3), (added.Applied, addCalls)); // 230 new members in batches of 100
        Assert.Equal(users.Take(250).Select(u => u.Id).ToHashSet(), afterAdd);
        Assert.Equal(50, removed.Applied); // only 200..249 were members
        Assert.Equal(50, undone.Applied);
        Assert.Equal(afterAdd, org.State.GetQueueMemberIds(queue));
    }

    [Fact]
    public async Task ApplyAsync_AssignSkill_SetsProficiencyAndUndoRestoresTheBeforeState()
    {
        await using var org = await TestOrg.StartAsync(users: 100);
        var users = org.State.Users.Take(40).ToList();
        var skill = org.State.Skills[0].Id;
        foreach (var user in users)
        {
            if (org.State.GetUserSkills(user.Id).ContainsKey(skill)) await RemoveSkillAsync(org, user.Id, skill);
        }

        org.State.SetUserSkill(users[0].Id, skill, 3); // already at the requested level
        org.State.SetUserSkill(users[1].Id, skill, 1); // will change 1 → 3
        var before = users.ToDictionary(u => u.Id, u => org.State.GetUserSkills(u.Id).GetValueOrDefault(skill, -1));

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AssignSkill, skill, [.. users.Select(u => u.Email)]) { Proficiency = 3 });
        var result = await org.Engine.ApplyAsync(plan);
        var after = users.Select(u => org.State.GetUserSkills(u.Id).GetValueOrDefault(skill, -1)).ToList();
        var undone = await org.Engine.ApplyAsync(await org.Engine.PlanUndoAsync(result.Job.Id));

        Assert.Equal((39, 1), (plan.ChangeCount, plan.Count(BulkItemAction.AlreadyDone)));
        Assert.Equal(1.0, plan.Items[1].ProficiencyBefore);
        Assert.All(after, p => Assert.Equal(3, p));
        Assert.Equal(39, undone.Applied);
        Assert.Equal(before, users.ToDictionary(u => u.Id, u => org.State.GetUserSkills(u.Id).GetValueOrDefault(skill, -1)));
    }

    [Fact]
    public async Task ApplyAsync_RemoveSkill_RemovesOnlyFromUsersWhoHaveIt()
    {
        await using var org = await TestOrg.StartAsync(users: 100);
        var users = org.State.Users.Take(20).ToList();
        var skill = org.State.Skills[1].Id;
        foreach (var user in users.Take(10)) org.State.SetUserSkill(user.Id, skill, 2.5);
        foreach (var user in users.Skip(10).Where(u => org.State.GetUserSkills(u.Id).ContainsKey(skill))) await RemoveSkillAsync(org, user.Id, skill);
        org.Requests.Clear();

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveSkill, skill, [.. users.Select(u => u.Username)]));
        var result = await org.Engine.ApplyAsync(plan);
        var undone = await org.Engine.ApplyAsync(await org.Engine.PlanUndoAsync(result.Job.Id));

        Assert.Equal((10, 10), (plan.ChangeCount, result.Applied));
        Assert.Equal(10, org.Calls("DELETE", "/api/v2/users/{userId}/routingskills/{skillId}"));
        Assert.Equal(0, org.Calls("GET", "/api/v2/users/{userId}/routingskills")); // skills read 100 users per call
        Assert.Equal(2, org.Calls("GET", "/api/v2/users")); // plan and undo plan
        Assert.Equal(10, undone.Applied);
        Assert.All(users.Take(10), u => Assert.Equal(2.5, org.State.GetUserSkills(u.Id)[skill]));
        Assert.All(users.Skip(10), u => Assert.False(org.State.GetUserSkills(u.Id).ContainsKey(skill)));
    }

    [Fact]
    public async Task PlanAsync_AssignSkillWithoutProficiency_IsRejected()
    {
        await using var org = await TestOrg.StartAsync(users: 10);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            org.Engine.PlanAsync(new BulkRequest(BulkOperation.AssignSkill, org.State.Skills[0].Id, ["a@example.com"]) { Proficiency = 7 }));
    }

    private static async Task RemoveSkillAsync(TestOrg org, string userId, string skillId)
    {
        var response = await org.Connection.Api.Routing.RemoveUserSkillAsync(userId, skillId);
        Assert.True(response.Success, response.Error);
    }
}
