using GenesysCloud.Bulk.Tests.Execution;
using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class ResumeAndUndoTests
{
    [Fact]
    public async Task ResumeAsync_AfterCancellationMidJob_FinishesWithoutRepeatingAppliedItems()
    {
        await using var org = await TestOrg.StartAsync(users: 600);
        var wanted = org.State.Users.Take(500).Select(u => u.Id).ToList();
        var group = org.EmptyGroup();
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Done >= 150) cts.Cancel(); });
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, wanted));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => org.Engine.ApplyAsync(plan, progress, cts.Token));
        await org.Requests.WhenQuietAsync();
        var stopped = await org.Engine.Journal.GetJobAsync(plan.JobId);
        var addsBeforeResume = org.GroupAdds;
        var result = await org.NewEngine().ResumeAsync(plan.JobId); // as a new process on the same journal

        Assert.Equal((BulkJobStatus.Cancelled, 150, 350), (stopped!.Status, stopped.AppliedCount, stopped.UnfinishedCount));
        Assert.Equal(3, addsBeforeResume);
        Assert.Equal(10, org.GroupAdds); // 500 / 50: no batch sent twice
        Assert.Equal(wanted.ToHashSet(), org.State.GetGroupMemberIds(group));
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.All(result.Items, i => Assert.Equal(BulkItemStatus.Applied, i.Status));
    }

    [Fact]
    public async Task ResumeAsync_JournalLeftInFlight_ReconcilesAgainstMembershipAndSendsOnlyTheRest()
    {
        await using var org = await TestOrg.StartAsync();
        var wanted = org.State.Users.Take(150).Select(u => u.Id).ToList();
        var group = org.EmptyGroup();
        using var cts = new CancellationTokenSource();
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, wanted));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            org.Engine.ApplyAsync(plan, new SyncProgress(p => { if (p.Done >= 50) cts.Cancel(); }), cts.Token));
        await org.Requests.WhenQuietAsync();
        // A crash between sending and journaling leaves batch 1 "in flight" though applied; batch 2 crashed before it was sent.
        await org.Engine.Journal.SetItemStatusAsync(plan.JobId, [.. Enumerable.Range(0, 100)], BulkItemStatus.InFlight);
        var addsBefore = org.GroupAdds;

        var result = await org.NewEngine().ResumeAsync(plan.JobId);

        Assert.Equal(2, org.GroupAdds - addsBefore); // items 50..149 only
        Assert.Equal(wanted.ToHashSet(), org.State.GetGroupMemberIds(group));
        Assert.All(result.Items, i => Assert.Equal(BulkItemStatus.Applied, i.Status));
        Assert.All(result.Items.Take(50), i => Assert.Equal("confirmed on resume: the change had been made", i.Note));
        Assert.All(result.Items.Skip(50), i => Assert.DoesNotContain("resume", i.Note ?? "", StringComparison.Ordinal)); // sent, not confirmed
        Assert.Equal(RunReportTests.Journaled(await org.Engine.Journal.GetItemsAsync(plan.JobId)), RunReportTests.Journaled(result.Items));
    }

    [Fact]
    public async Task ResumeAsync_CompletedJob_SendsNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), [org.State.Users[0].Email]));
        await org.Engine.ApplyAsync(plan);
        org.Requests.Clear();

        var result = await org.Engine.ResumeAsync(plan.JobId);

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Equal(0, org.Requests.Total);
    }

    [Fact]
    public async Task UndoAsync_GroupAdd_RestoresTheOriginalMembershipExactly()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users;
        var group = org.EmptyGroup();
        org.State.AddGroupMembers(group, users.Skip(40).Take(30).Select(u => u.Id));
        var original = org.State.GetGroupMemberIds(group);
        var applied = await org.Engine.ApplyAsync(
            await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Take(100).Select(u => u.Email)])));

        var undo = await org.Engine.PlanUndoAsync(applied.Job.Id, "auditor");
        var undone = await org.Engine.ApplyAsync(undo);

        Assert.Equal((BulkOperation.RemoveFromGroup, applied.Job.Id, 70), (undo.Request.Operation, undo.UndoOfJobId, undo.ChangeCount));
        Assert.Equal(original, org.State.GetGroupMemberIds(group));
        Assert.Equal((applied.Job.Id, "auditor"), (undone.Job.UndoOfJobId, undone.Job.RequestedBy));
    }

    [Fact]
    public async Task UndoAsync_GroupRemove_PutsMembersBack()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users;
        var group = org.EmptyGroup();
        org.State.AddGroupMembers(group, users.Take(60).Select(u => u.Id));
        var original = org.State.GetGroupMemberIds(group);
        var removed = await org.Engine.ApplyAsync(
            await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveFromGroup, group, [.. users.Skip(30).Take(60).Select(u => u.Username)])));

        var undone = await org.Engine.ApplyAsync(await org.Engine.PlanUndoAsync(removed.Job.Id));

        Assert.Equal(30, removed.Applied);
        Assert.Equal(30, undone.Applied);
        Assert.Equal(original, org.State.GetGroupMemberIds(group));
    }
}
