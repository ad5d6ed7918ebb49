using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Hardness;

/// <summary>People in a queue through one of its member groups cannot be removed by a member call; adds of them are not sent.</summary>
public sealed class QueueMemberGroupJobTests
{
    [Fact]
    public async Task ApplyAsync_RemoveMemberViaGroup_SkipsThemNamingTheGroupAndRemovesTheIndividuals()
    {
        await using var org = await TestOrg.StartAsync();
        var (queue, groupName, viaGroup, individual) = ArrangeQueue(org);

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveFromQueue, queue, [viaGroup, individual]));
        var result = await org.Engine.ApplyAsync(plan);

        Assert.Equal([BulkItemAction.CannotChangeHere, BulkItemAction.WillChange], plan.Items.Select(i => i.Action));
        Assert.Equal($"member via group '{groupName}' — remove them from the group or change the queue's member groups", plan.Items[0].Note);
        Assert.Equal([BulkItemStatus.Skipped, BulkItemStatus.Applied], result.Items.Select(i => i.Status));
        var members = org.State.GetQueueMembers(queue).Select(m => m.UserId).ToHashSet();
        Assert.Contains(viaGroup, members);
        Assert.DoesNotContain(individual, members);
    }

    [Fact]
    public async Task PlanAsync_AddMemberViaGroup_IsAlreadyDoneNamingTheGroup()
    {
        await using var org = await TestOrg.StartAsync();
        var (queue, groupName, viaGroup, _) = ArrangeQueue(org);
        var newcomer = org.State.Users[150].Id;

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToQueue, queue, [viaGroup, newcomer]));
        var result = await org.Engine.ApplyAsync(plan);

        Assert.Equal([BulkItemAction.AlreadyDone, BulkItemAction.WillChange], plan.Items.Select(i => i.Action));
        Assert.Equal($"already a member via group '{groupName}'", plan.Items[0].Note);
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Contains(newcomer, org.State.GetQueueMemberIds(queue));
        Assert.DoesNotContain(viaGroup, org.State.GetQueueMemberIds(queue));
    }

    private static (string Queue, string GroupName, string ViaGroup, string Individual) ArrangeQueue(TestOrg org)
    {
        var users = org.State.Users;
        var (queue, groupName) = org.QueueWithMemberGroup(users[100].Id, [users[101].Id]);
        return (queue, groupName, users[100].Id, users[101].Id);
    }
}
