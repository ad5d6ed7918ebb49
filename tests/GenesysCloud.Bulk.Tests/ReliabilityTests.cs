using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class ReliabilityTests
{
    [Fact]
    public async Task ApplyAsync_TwoThousandAddsUnderFaults_ResumesToExactMembershipReportAndUndo()
    {
        await using var org = await TestOrg.StartAsync(users: 2300, o =>
        {
            o.TokenLifetime = TimeSpan.FromSeconds(5);
            o.Faults.ErrorRate = 0.10;
            o.Faults.Burst429Remaining = 3;
            o.Faults.Retry429AfterSeconds = 1;
        });
        var users = org.State.Users;
        var group = org.EmptyGroup();
        org.State.AddGroupMembers(group, users.Skip(1900).Take(150).Select(u => u.Id)); // 100 requested + 50 others
        var original = org.State.GetGroupMemberIds(group);
        var requested = users.Take(2000).ToList();
        var input = requested.Select(u => u.Email).Concat(["ghost1@example.com", "ghost2@example.com", requested[5].Email, "not an email"]).ToList();
        var progress = new SyncProgress(p => { if (p.Done == 500) org.Emulator.Faults.Burst429Remaining = 3; });

        var faults = org.Emulator.Faults.ErrorRate;
        org.Emulator.Faults.ErrorRate = 0; // a 500 while planning fails the plan (nothing changed); the faults are for the batches
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, input));
        org.Emulator.Faults.ErrorRate = faults;
        var result = await org.Engine.ApplyAsync(plan, progress);
        // The SDK retries 502/503/504 and 429; a 500 is not retried, so its batch is reported failed and the job resumed.
        org.Emulator.Faults.ErrorRate = 0;
        if (result.Job.Status != BulkJobStatus.Completed)
            result = await org.Engine.ResumeAsync(plan.JobId);

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Equal(original.Union(requested.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group));
        var report = result.Items.GroupBy(i => (i.Action, i.Status)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1900, report[(BulkItemAction.WillChange, BulkItemStatus.Applied)]);
        Assert.Equal(100, report[(BulkItemAction.AlreadyDone, BulkItemStatus.Skipped)]);
        Assert.Equal(2, report[(BulkItemAction.NotFound, BulkItemStatus.Skipped)]);
        Assert.Equal(1, report[(BulkItemAction.Duplicate, BulkItemStatus.Skipped)]);
        Assert.Equal(1, report[(BulkItemAction.Invalid, BulkItemStatus.Skipped)]);
        Assert.True(org.Requests.Count429 >= 6);
        Assert.Equal(2000 + 4, result.Items.Count);

        var undone = await org.Engine.ApplyAsync(await org.Engine.PlanUndoAsync(result.Job.Id));

        Assert.Equal(BulkJobStatus.Completed, undone.Job.Status);
        Assert.Equal(original, org.State.GetGroupMemberIds(group));
    }
}
