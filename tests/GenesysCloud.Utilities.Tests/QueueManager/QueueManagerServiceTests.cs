using GenesysCloud.Bulk;
using GenesysCloud.Utilities.QueueManager;

namespace GenesysCloud.Utilities.Tests.QueueManager;

public sealed class QueueManagerServiceTests
{
    [Fact]
    public async Task GetMembersAsync_SeededQueue_ListsEveryMemberWithJoinedAndRing()
    {
        await using var org = await TestOrg.StartAsync();
        var queue = await QueueAsync(org, 0);
        var ids = org.State.GetQueueMemberIds(queue.Id);
        var unjoined = ids.First();
        org.State.SetJoined(queue.Id, unjoined, joined: false);

        var members = await NewService(org).GetMembersAsync(queue);

        Assert.Equal(ids.Order(), members.Select(m => m.UserId).Order());
        Assert.All(members, m => Assert.Equal("directly", m.Belongs));
        Assert.False(members.Single(m => m.UserId == unjoined).Joined);
        Assert.Equal(ids.Count - 1, members.Count(m => m.Joined));
        Assert.All(members, m => Assert.Equal(1, m.RingNumber));
    }

    [Fact]
    public async Task PlanMakeLikeAsync_OneJob_MakesBLikeAAndUndoPutsBBack()
    {
        await using var org = await TestOrg.StartAsync();
        var (a, b) = (await QueueAsync(org, 0), await QueueAsync(org, 1));
        var wanted = org.State.GetQueueMemberIds(a.Id);
        var before = org.State.GetQueueMemberIds(b.Id);
        var service = NewService(org);

        var sync = await service.PlanMakeLikeAsync(a, b);
        Assert.Equal(before, org.State.GetQueueMemberIds(b.Id));
        var result = await service.ApplyAsync(sync.Plan);

        Assert.Equal(wanted.Except(before).Count(), sync.Adds);
        Assert.Equal(before.Except(wanted).Count(), sync.Removes);
        Assert.True(sync.Adds > 0 && sync.Removes > 0, "the seeded queues should differ both ways");
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Equal(wanted, org.State.GetQueueMemberIds(b.Id));

        var undo = await org.EngineFor().PlanUndoAsync(result.Job.Id);
        await org.EngineFor().ApplyAsync(undo);
        Assert.Equal(before, org.State.GetQueueMemberIds(b.Id));
    }

    [Fact]
    public async Task CompareAsync_TwoQueues_SplitsPeopleIntoOnlyAOnlyBAndBoth()
    {
        await using var org = await TestOrg.StartAsync();
        var (a, b) = (await QueueAsync(org, 0), await QueueAsync(org, 1));
        var inA = org.State.GetQueueMemberIds(a.Id);
        var inB = org.State.GetQueueMemberIds(b.Id);

        var comparison = await NewService(org).CompareAsync(a, b);

        Assert.Equal(inA.Except(inB).Order(), comparison.OnlyInA.Select(r => r.UserId).Order());
        Assert.Equal(inB.Except(inA).Order(), comparison.OnlyInB.Select(r => r.UserId).Order());
        Assert.Equal(inA.Intersect(inB).Order(), comparison.InBoth.Select(r => r.UserId).Order());
    }

    [Fact]
    public async Task PlanCopyFromGroupAsync_GroupMembers_AreAddedToTheQueue()
    {
        await using var org = await TestOrg.StartAsync();
        var queue = await QueueAsync(org, 0);
        var group = org.State.Groups[0];
        var service = NewService(org);

        var plan = await service.PlanCopyFromGroupAsync(queue.Id, group.Id);
        await service.ApplyAsync(plan);

        Assert.Superset(org.State.GetGroupMemberIds(group.Id).ToHashSet(), org.State.GetQueueMemberIds(queue.Id).ToHashSet());
        Assert.Equal(plan.Count(BulkItemAction.AlreadyDone) + plan.ChangeCount, org.State.GetGroupMemberIds(group.Id).Count);
    }

    [Fact]
    public async Task PlanJoinAsync_AsynchronousJoin_ReportsJoinedOnlyOnceTheOrgShowsIt()
    {
        await using var org = await TestOrg.StartAsync();
        var queue = await QueueAsync(org, 0);
        var members = org.State.GetQueueMemberIds(queue.Id).Take(3).ToArray();
        foreach (var id in members) org.State.SetJoined(queue.Id, id, joined: false);
        var outsider = org.State.Users.First(u => u.State == "active" && !org.State.GetQueueMemberIds(queue.Id).Contains(u.Id));
        org.State.QueueJoinLagReads = 1;
        var service = NewService(org);

        var plan = await service.PlanJoinAsync(queue.Id, [.. members, outsider.Id], joined: true);
        var result = await service.ApplyAsync(plan);

        Assert.Equal(3, plan.ChangeCount);
        Assert.Equal(BulkItemAction.NotApplicable, plan.Items[3].Action);
        Assert.Equal("not a member of the queue", plan.Items[3].Note);
        Assert.All(result.Items.Take(3), i => Assert.Equal(BulkItemStatus.Applied, i.Status));
        Assert.All(members, id => Assert.True(org.State.IsJoined(queue.Id, id)));
        Assert.Equal(1, org.Emulator.Requests.Count("PATCH", "/api/v2/routing/queues/{queueId}/members"));
    }

    [Fact]
    public async Task PlanJoinAsync_JoinThatNeverTakesEffect_IsReportedFailedNotJoined()
    {
        await using var org = await TestOrg.StartAsync();
        var queue = await QueueAsync(org, 0);
        var (stuck, fine) = (org.State.GetQueueMemberIds(queue.Id).First(), org.State.GetQueueMemberIds(queue.Id).Skip(1).First());
        org.State.SetJoined(queue.Id, stuck, joined: false);
        org.State.SetJoined(queue.Id, fine, joined: false);
        org.State.IgnoreJoinsOf(stuck);
        var service = NewService(org);

        var result = await service.ApplyAsync(await service.PlanJoinAsync(queue.Id, [stuck, fine], joined: true));

        var stuckItem = result.Items.Single(i => i.UserId == stuck);
        Assert.Equal(BulkItemStatus.Failed, stuckItem.Status);
        Assert.Contains("did not show the change", stuckItem.Error, StringComparison.Ordinal);
        Assert.Equal(BulkItemStatus.Applied, result.Items.Single(i => i.UserId == fine).Status);
        Assert.Equal(BulkJobStatus.CompletedWithErrors, result.Job.Status);
        Assert.False(org.State.IsJoined(queue.Id, stuck));
    }

    [Fact]
    public void MembersCsv_NameLikeAFormula_IsNeutralised()
    {
        var csv = System.Text.Encoding.UTF8.GetString(QueueManagerService.MembersCsv(
            [new QueueMemberRow("u1", "=HYPERLINK(\"x\")", Direct: false, ["Sales"], Joined: true, RingNumber: 2)]));

        Assert.Contains("userId,name,belongs,viaGroups,joined,ringNumber", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains("group,Sales,true,2", csv, StringComparison.Ordinal);
    }

    private static QueueManagerService NewService(TestOrg org) => new(org.Api, org.EngineFor(), "tests");

    private static async Task<Queue> QueueAsync(TestOrg org, int index) =>
        (await org.Api.Queues.GetAsync(org.State.Queues[index].Id)).EnsureSuccess()!;
}
