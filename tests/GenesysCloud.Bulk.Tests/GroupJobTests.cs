using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class GroupJobTests
{
    [Fact]
    public async Task PlanAsync_MixedInput_ReportsEachIdentifierAndChangesNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users;
        var group = org.EmptyGroup();
        org.State.AddGroupMembers(group, [users[1].Id]);
        var before = org.State.GetGroupMemberIds(group);
        string[] input = [users[0].Email, users[1].Email, "  ", "ghost@example.com", users[0].Email.ToUpperInvariant(), users[0].Id, "bad@@x"];

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, input));

        Assert.Equal(
            [BulkItemAction.WillChange, BulkItemAction.AlreadyDone, BulkItemAction.Invalid, BulkItemAction.NotFound,
             BulkItemAction.Duplicate, BulkItemAction.Duplicate, BulkItemAction.Invalid],
            plan.Items.Select(i => i.Action));
        Assert.Equal("same identifier as input #1", plan.Items[4].Note);
        Assert.Equal("same user as input #1", plan.Items[5].Note);
        Assert.True(plan.Items[1].WasPresent);
        Assert.Equal(1, plan.EstimatedApplyCalls);
        Assert.Equal(before, org.State.GetGroupMemberIds(group));
        Assert.Equal(0, org.GroupAdds);
    }

    [Fact]
    public async Task ApplyAsync_GroupAdd_SendsOnlyRealChangesInBatchesOfFifty()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users;
        var group = org.EmptyGroup();
        org.State.AddGroupMembers(group, users.Take(30).Select(u => u.Id));
        var wanted = users.Take(130).ToList();

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. wanted.Select(u => u.Email)]) { RequestedBy = "tester" });
        var result = await org.Engine.ApplyAsync(plan);

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Equal(2, org.GroupAdds); // 100 new members: 2 calls of 50, the 30 members not re-sent
        Assert.Equal(wanted.Select(u => u.Id).ToHashSet(), org.State.GetGroupMemberIds(group));
        Assert.Equal(100, result.Applied);
        Assert.Equal(30, result.Items.Count(i => i.Status == BulkItemStatus.Skipped && i.Action == BulkItemAction.AlreadyDone));
        Assert.Equal("tester", result.Job.RequestedBy);
    }

    [Fact]
    public async Task ApplyAsync_GroupRemove_SendsOnlyMembers()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users;
        var group = org.EmptyGroup();
        org.State.AddGroupMembers(group, users.Take(80).Select(u => u.Id));

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveFromGroup, group, [.. users.Skip(60).Take(40).Select(u => u.Email)]));
        var result = await org.Engine.ApplyAsync(plan);

        Assert.Equal((20, 20), (plan.ChangeCount, plan.Count(BulkItemAction.AlreadyDone)));
        Assert.Equal(1, org.Requests.Count("DELETE", TestOrg.GroupMembersRoute));
        Assert.Equal(users.Take(60).Select(u => u.Id).ToHashSet(), org.State.GetGroupMemberIds(group));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task ApplyAsync_GroupChangedByAnotherAdmin_RetriesWithTheFreshVersion()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users;
        var group = org.EmptyGroup();
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Take(120).Select(u => u.Id)]));
        org.State.AddGroupMembers(group, [users[150].Id]); // version moves on after planning

        var result = await org.Engine.ApplyAsync(plan);

        Assert.True(result.Succeeded);
        Assert.Equal(users.Take(120).Select(u => u.Id).Append(users[150].Id).ToHashSet(), org.State.GetGroupMemberIds(group));
        Assert.Equal(4, org.GroupAdds); // 3 batches + the one 409
    }

    [Fact]
    public async Task ApplyAsync_ReportsProgressUpToTheTotal()
    {
        await using var org = await TestOrg.StartAsync();
        var progress = new SyncProgress();
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), [.. org.State.Users.Take(120).Select(u => u.Email)]));

        await org.Engine.ApplyAsync(plan, progress);

        var reports = progress.Reports;
        Assert.Equal([0, 50, 100, 120], reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(120, r.Total));
        Assert.Equal(3, reports[^1].Calls);
        Assert.Equal(TimeSpan.Zero, reports[^1].Eta);
    }

    [Fact]
    public async Task PlanAsync_UnknownGroup_ThrowsTargetNotFound()
    {
        await using var org = await TestOrg.StartAsync();

        await Assert.ThrowsAsync<BulkTargetNotFoundException>(() =>
            org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, Guid.NewGuid().ToString(), ["a@example.com"])));
    }

    [Fact]
    public async Task ListJobsAsync_ShowsWhoWhenWhat()
    {
        await using var org = await TestOrg.StartAsync();
        var group = org.EmptyGroup();
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [org.State.Users[0].Email, "ghost@example.com"]) { RequestedBy = "ada" });
        await org.Engine.ApplyAsync(plan);

        var job = Assert.Single(await org.Engine.ListJobsAsync());

        Assert.Equal((plan.JobId, "ada", BulkOperation.AddToGroup, group, BulkJobStatus.Completed), (job.Id, job.RequestedBy, job.Operation, job.TargetId, job.Status));
        Assert.Equal((2, 1, 1, 0), (job.ItemCount, job.ChangeCount, job.AppliedCount, job.UnfinishedCount));
        Assert.NotNull(job.FinishedAt);
        Assert.True(job.Calls >= 3);
    }

    [Fact]
    public async Task JournalSharedByTwoOrgs_EachEngineListsUndoesAndResumesOnlyItsOwnJobs()
    {
        await using var orgA = await TestOrg.StartAsync();
        await using var orgB = await TestOrg.StartAsync();
        var plan = await orgA.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, orgA.EmptyGroup(), [orgA.State.Users[0].Email]));
        await orgA.Engine.ApplyAsync(plan);
        using var sharedJournal = new SqliteJobJournal(SqliteJobJournal.ForFile(orgA.JournalPath));
        var engineOnB = new BulkEngine(orgB.Connection, sharedJournal);

        var listedOnA = Assert.Single(await orgA.Engine.ListJobsAsync());
        Assert.Equal(orgA.Connection.OrgKey, listedOnA.Org);
        Assert.Empty(await engineOnB.ListJobsAsync());
        var undo = await Assert.ThrowsAsync<InvalidOperationException>(() => engineOnB.PlanUndoAsync(plan.JobId));
        Assert.Contains("another org", undo.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => engineOnB.ResumeAsync(plan.JobId));
        Assert.DoesNotContain(orgA.Emulator.ClientSecret, listedOnA.Org, StringComparison.Ordinal);
    }
}
