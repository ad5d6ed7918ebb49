using GenesysCloud.Bulk;
using GenesysCloud.Utilities.QueueManager;

namespace GenesysCloud.Utilities.Tests.QueueManager;

public sealed class QueueManagerServiceTests
{
    [Fact]
    public async Task GetMembersAsync_SeededQueue_ListsEveryoneWithHowTheyBelongJoinedAndRing()
    {
        await using var org = await TestOrg.StartAsync();
        var queue = await QueueAsync(org, 0);
        var expected = org.State.GetQueueMembers(queue.Id);
        var groupOnly = expected.First(m => m.MemberBy == "group");
        var groupName = org.State.Groups.First(g => org.State.GetGroupReachIds(g.Id).Contains(groupOnly.UserId)
            && queue.MemberGroups!.Any(mg => mg.Id == g.Id)).Name;

        var members = await NewService(org).GetMembersAsync(queue);

        Assert.Equal(expected.Select(m => m.UserId).Order(), members.Select(m => m.UserId).Order());
        Assert.Equal(expected.Where(m => m.MemberBy == "user").Select(m => m.UserId).Order(), members.Where(m => m.Direct).Select(m => m.UserId).Order());
        Assert.Equal(expected.Where(m => !m.Joined).Select(m => m.UserId).Order(), members.Where(m => !m.Joined).Select(m => m.UserId).Order());
        var row = members.Single(m => m.UserId == groupOnly.UserId);
        Assert.True(row.OnlyViaGroup);
        Assert.Contains($"group '{groupName}'", row.Belongs, StringComparison.Ordinal);
        Assert.All(members, m => Assert.Equal(expected.Single(e => e.UserId == m.UserId).RingNumber, m.RingNumber));
    }

    [Fact]
    public async Task PlanMakeLikeAsync_OneJob_MakesBLikeAAndUndoPutsBBack()
    {
        await using var org = await TestOrg.StartAsync();
        var (a, b) = (await QueueAsync(org, 0), await QueueAsync(org, 1));
        var everyoneInA = Everyone(org, a.Id);
        var everyoneInB = Everyone(org, b.Id);
        var before = org.State.GetQueueMemberIds(b.Id);
        var service = NewService(org);

        var sync = await service.PlanMakeLikeAsync(a, b);
        Assert.Equal(before, org.State.GetQueueMemberIds(b.Id));
        var result = await service.ApplyAsync(sync.Plan);

        Assert.Equal(everyoneInA.Except(everyoneInB).Count(), sync.Adds);
        Assert.Equal(before.Except(everyoneInA).Count(), sync.Removes);
        Assert.True(sync.Adds > 0 && sync.Removes > 0, "the seeded queues should differ both ways");
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Equal(before.Intersect(everyoneInA).Union(everyoneInA.Except(everyoneInB)).Order(), org.State.GetQueueMemberIds(b.Id).Order());
        Assert.Superset(everyoneInA.ToHashSet(), Everyone(org, b.Id).ToHashSet());
        Assert.Equal(Everyone(org, b.Id).Except(everyoneInA).Order(), sync.KeptViaGroup.Select(r => r.UserId).Order());

        var undo = await org.EngineFor().PlanUndoAsync(result.Job.Id);
        await org.EngineFor().ApplyAsync(undo);
        Assert.Equal(before.Order(), org.State.GetQueueMemberIds(b.Id).Order());
    }

    [Fact]
    public async Task CompareAsync_TwoQueues_SplitsPeopleIntoOnlyAOnlyBAndBoth()
    {
        await using var org = await TestOrg.StartAsync();
        var (a, b) = (await QueueAsync(org, 0), await QueueAsync(org, 1));
        var inA = Everyone(org, a.Id);
        var inB = Everyone(org, b.Id);

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
        var result = await service.ApplyAsync(plan);

        var reach = org.State.GetGroupReachIds(group.Id);
        Assert.Equal(reach.Order(), plan.Items.Select(i => i.UserId).Order());
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Superset(reach.ToHashSet(), Everyone(org, queue.Id).ToHashSet());
    }

    [Fact]
    public async Task PlanJoinAsync_AsynchronousJoin_ReportsJoinedOnlyOnceTheOrgShowsIt()
    {
        await using var org = await TestOrg.StartAsync();
        var queue = await QueueAsync(org, 0);
        var members = org.State.GetQueueMemberIds(queue.Id).Take(3).ToArray();
        (await org.Api.Queues.SetJoinedAsync(queue.Id, members, joined: false)).EnsureSuccess();
        var outsider = org.State.Users.First(u => u.State == "active" && org.State.GetQueueMembers(queue.Id).All(m => m.UserId != u.Id));
        org.Emulator.Faults.QueueMemberUpdateDelay = TimeSpan.FromMilliseconds(300);
        var service = NewService(org, checks: 20, checkDelay: TimeSpan.FromMilliseconds(100));

        var plan = await service.PlanJoinAsync(queue.Id, [.. members, outsider.Id], joined: true);
        var result = await service.ApplyAsync(plan);

        Assert.Equal(3, plan.ChangeCount);
        Assert.Equal(BulkItemAction.NotApplicable, plan.Items[3].Action);
        Assert.Equal("not a member of the queue", plan.Items[3].Note);
        Assert.All(result.Items.Take(3), i => Assert.Equal(BulkItemStatus.Applied, i.Status));
        Assert.All(members, id => Assert.True(org.State.GetQueueMembers(queue.Id).Single(m => m.UserId == id).Joined));
        Assert.Equal(2, org.Emulator.Requests.Count("PATCH", "/api/v2/routing/queues/{queueId}/members"));
    }

    [Fact]
    public async Task PlanJoinAsync_JoinThatNeverTakesEffect_IsReportedFailedNotJoined()
    {
        await using var org = await TestOrg.StartAsync();
        var queue = await QueueAsync(org, 0);
        var member = org.State.GetQueueMemberIds(queue.Id).First();
        (await org.Api.Queues.SetJoinedAsync(queue.Id, [member], joined: false)).EnsureSuccess();
        org.Emulator.Faults.QueueMemberUpdateDelay = TimeSpan.FromHours(1);
        var service = NewService(org);

        var result = await service.ApplyAsync(await service.PlanJoinAsync(queue.Id, [member], joined: true));

        var item = result.Items.Single();
        Assert.Equal(BulkItemStatus.Failed, item.Status);
        Assert.Contains("did not show the change", item.Error, StringComparison.Ordinal);
        Assert.Equal(BulkJobStatus.CompletedWithErrors, result.Job.Status);
        Assert.False(org.State.GetQueueMembers(queue.Id).Single(m => m.UserId == member).Joined);
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

    private static QueueManagerService NewService(TestOrg org, int checks = 3, TimeSpan checkDelay = default) =>
        new(org.Api, org.EngineFor(checks, checkDelay), "tests");

    private static string[] Everyone(TestOrg org, string queueId) => [.. org.State.GetQueueMembers(queueId).Select(m => m.UserId)];

    private static async Task<Queue> QueueAsync(TestOrg org, int index) =>
        (await org.Api.Queues.GetAsync(org.State.Queues[index].Id)).EnsureSuccess()!;
}
