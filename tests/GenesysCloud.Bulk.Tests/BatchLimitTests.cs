using System.Text.RegularExpressions;
using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed partial class BatchLimitTests
{
    [Fact]
    public async Task ApplyAsync_EveryWriteCall_StaysWithinTheApiMaximums()
    {
        await using var org = await TestOrg.StartAsync(users: 400);
        using var recorder = new RecordingHandler();
        var engine = org.NewEngine(handler: recorder);
        var users = org.State.Users;
        var group = org.EmptyGroup();
        var queue = org.State.Queues[0].Id;
        org.State.RemoveQueueMembers(queue, org.State.GetQueueMemberIds(queue));
        org.State.SetQueueMemberGroups(queue, []); // members via a group are not sent (QueueMemberGroupJobTests)
        org.State.AddGroupMembers(group, users.Take(10).Select(u => u.Id));

        await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Take(333).Select(u => u.Id)])));
        await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.RemoveFromGroup, group, [.. users.Take(333).Select(u => u.Id)])));
        await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.AddToQueue, queue, [.. users.Take(333).Select(u => u.Id)])));
        var skillPlan = await engine.PlanAsync(new BulkRequest(BulkOperation.AssignSkill, org.State.Skills[0].Id, [.. users.Take(30).Select(u => u.Id)]) { Proficiency = 4.5 });
        await engine.ApplyAsync(skillPlan);

        var writes = recorder.Requests.Where(r => r.Method != "GET" && !r.Path.Contains("/search", StringComparison.Ordinal) && !r.Path.StartsWith("/oauth", StringComparison.Ordinal)).ToList();
        var groupAdds = writes.Where(r => r.Method == "POST" && r.Path.StartsWith("/api/v2/groups/", StringComparison.Ordinal)).Select(r => r.Body!.Value.GetProperty("memberIds").GetArrayLength()).ToList();
        var groupRemoves = writes.Where(r => r.Method == "DELETE").Select(r => IdsParameter().Match(r.Query).Groups[1].Value.Split(',').Length).ToList();
        var queueAdds = writes.Where(r => r.Path.StartsWith("/api/v2/routing/queues/", StringComparison.Ordinal)).Select(r => r.Body!.Value.GetArrayLength()).ToList();
        var skillSets = writes.Where(r => r.Method == "PATCH").Select(r => r.Body!.Value.GetArrayLength()).ToList();
        Assert.Equal([50, 50, 50, 50, 50, 50, 23], groupAdds);
        Assert.Equal([50, 50, 50, 50, 50, 50, 33], groupRemoves);
        Assert.Equal([33, 100, 100, 100], queueAdds.Order());
        Assert.Equal(skillPlan.ChangeCount, skillSets.Count);
        Assert.All(skillSets, n => Assert.Equal(1, n));
    }

    [GeneratedRegex("ids=([^&]*)")]
    private static partial Regex IdsParameter();
}
