using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Hardness;

/// <summary>Group adds against versions that lag on read and are bumped by someone else, as the real API may behave.</summary>
public sealed class GroupVersionJobTests
{
    [Fact]
    public async Task ApplyAsync_VersionReadsLagAndAnotherAdminBumpsTheVersion_AddsEveryoneWithinTheBudget()
    {
        await using var org = await TestOrg.StartAsync(users: 600, o =>
        {
            o.Faults.GroupVersionReadLag = TimeSpan.FromMilliseconds(150);
            o.Faults.ExternalVersionBumpEvery = 3;
        });
        var group = org.EmptyGroup();
        var wanted = org.State.Users.Take(500).Select(u => u.Id).ToList();

        var result = await org.Engine.ApplyAsync(await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, wanted)));

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Superset(wanted.ToHashSet(), org.State.GetGroupMemberIds(group).ToHashSet());
        Assert.Equal(wanted.Count(id => result.Items.Single(i => i.UserId == id).Status == BulkItemStatus.Applied), result.Applied);
        Assert.True(org.GroupAdds > 10, $"{org.GroupAdds} adds: the conflicts after someone else's edits were retried");
        Assert.Contains(org.Requests.Entries, e => e.Method == "POST" && e.StatusCode == 409);
    }

    [Fact]
    public async Task ApplyAsync_ConflictOutlastsTheBudget_FailsThatBatchWithTheGenesysErrorAndTheNextBatchesGoOn()
    {
        // No conflict budget, and someone else edits the group twice after every write: each counted-forward version is
        // stale, and so is the next one.
        await using var org = await TestOrg.StartAsync(users: 300, o =>
        {
            o.Faults.ExternalVersionBumpEvery = 1;
            o.Faults.ExternalVersionBumpSize = 2;
        });
        var noBudget = TestOrg.FastRetries();
        noBudget.ConflictRetryBudget = TimeSpan.Zero;
        var engine = org.NewEngine(api: noBudget);
        var group = org.EmptyGroup();
        var wanted = org.State.Users.Take(200).Select(u => u.Id).ToList();

        var result = await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, wanted)));

        Assert.Equal(BulkJobStatus.CompletedWithErrors, result.Job.Status);
        var failed = result.Items.Where(i => i.Status == BulkItemStatus.Failed).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, i => Assert.Matches(@"^409 conflict: .+ \(contextId .+\)$", i.Error));
        Assert.True(result.Applied >= 100, $"{result.Applied} applied: a failed batch does not poison the ones after it");
        Assert.All(result.Items.Where(i => i.Status == BulkItemStatus.Applied), i => Assert.Contains(i.UserId!, org.State.GetGroupMemberIds(group)));
        Assert.All(failed, i => Assert.DoesNotContain(i.UserId!, org.State.GetGroupMemberIds(group)));

        var resumed = await org.NewEngine().ResumeAsync(result.Job.Id);

        Assert.Equal(BulkJobStatus.Completed, resumed.Job.Status);
        Assert.Superset(wanted.ToHashSet(), org.State.GetGroupMemberIds(group).ToHashSet());
    }

    [Fact]
    public async Task ApplyAsync_GroupRemoveWithInjected409s_RetriesTheDeleteAndRemovesEveryone()
    {
        await using var org = await TestOrg.StartAsync(users: 300, o => o.Faults.InjectedConflictRate = 0.4);
        var group = org.EmptyGroup();
        var members = org.State.Users.Take(250).Select(u => u.Id).ToList();
        org.State.AddGroupMembers(group, members);

        var result = await org.Engine.ApplyAsync(await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveFromGroup, group, members)));

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Empty(org.State.GetGroupMemberIds(group));
        Assert.Contains(org.Requests.Entries, e => e.Method == "DELETE" && e.StatusCode == 409);
    }
}
