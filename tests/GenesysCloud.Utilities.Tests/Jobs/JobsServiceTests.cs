using GenesysCloud.Bulk;
using GenesysCloud.Utilities.GroupManager;
using GenesysCloud.Utilities.Jobs;

namespace GenesysCloud.Utilities.Tests.Jobs;

public sealed class JobsServiceTests
{
    [Fact]
    public async Task ListAsync_AfterGroupManagerApply_ShowsWhoWhenWhatAndEachItem()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(3).Select(u => u.Email).ToArray();
        var applied = await org.AddThroughGroupManagerAsync(group, [.. newcomers, "ghost@nowhere.example"]);
        var jobs = org.NewJobsService();

        var job = Assert.Single(await jobs.ListAsync());
        var detail = await jobs.GetAsync(job.Id);

        Assert.Equal(applied.JobId, job.Id);
        Assert.Equal("tests", job.RequestedBy);
        Assert.Equal(BulkOperation.AddToGroup, job.Operation);
        Assert.Equal(group.Id, job.TargetId);
        Assert.Equal(BulkJobStatus.Completed, job.Status);
        Assert.Equal(3, job.AppliedCount);
        Assert.Equal([BulkItemStatus.Applied, BulkItemStatus.Applied, BulkItemStatus.Applied, BulkItemStatus.Skipped],
            detail!.Items.Select(i => i.Status));
        Assert.Equal(BulkItemAction.NotFound, detail.Items[3].Action);
    }

    [Fact]
    public async Task ApplyUndoAsync_AfterAdd_RestoresTheOriginalMembershipExactly()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        var emails = org.NonMembers(group.Id).Take(60).Select(u => u.Email).Append(org.Members(group.Id)[0].Email);
        var added = await org.AddThroughGroupManagerAsync(group, emails);
        var jobs = org.NewJobsService();

        var undo = await jobs.PlanUndoAsync(added.JobId!);
        var result = await jobs.ApplyUndoAsync(undo);

        Assert.Equal(BulkOperation.RemoveFromGroup, undo.Request.Operation);
        Assert.Equal(60, undo.Count(BulkItemAction.WillChange));
        Assert.Equal(60, result.Applied);
        Assert.Equal(added.JobId, result.Job.UndoOfJobId);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task ResumeAsync_CancelledJob_FinishesWithoutRepeatingAppliedItems()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        using var cts = new CancellationTokenSource();
        var cancelled = await org.AddThroughGroupManagerAsync(group, newcomers.Select(u => u.Email),
            new InlineProgress<MembershipProgress>(p =>
            {
                if (p.Done > 0)
                    cts.Cancel();
            }), cts.Token);
        var jobs = org.NewJobsService();

        var resumed = await jobs.ResumeAsync(cancelled.JobId!);

        Assert.True(cancelled.Cancelled);
        Assert.Equal(50, cancelled.Applied);
        Assert.Equal(BulkJobStatus.Completed, resumed.Job.Status);
        Assert.Equal(120, resumed.Applied);
        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        Assert.Equal(3, org.Emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members"));
        Assert.True(JobsService.CanUndo(resumed.Job));
        Assert.False(JobsService.CanResume(resumed.Job));
    }

    [Fact]
    public async Task ExportItems_FormulaIdentifierInJournal_IsNeutralised()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var engine = BulkEngines.For(org.Api, org.Journal);
        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group.Id,
            ["=HYPERLINK(\"http://evil\",\"x\")", org.NonMembers(group.Id)[0].Email]));
        var result = await engine.ApplyAsync(plan);

        var csv = System.Text.Encoding.UTF8.GetString(JobsService.ExportItems(result).AsSpan(3));

        using var reader = CsvHelper.CsvReader.FromText(csv, null);
        Assert.True(reader.Read());
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"x\")", reader.GetString("identifier"));
        Assert.Equal("Skipped", reader.GetString("status"));
        Assert.True(reader.Read());
        Assert.Equal("Applied", reader.GetString("status"));
    }

    [Fact]
    public async Task ExportJobs_ListsTheAuditTrail()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        await org.AddThroughGroupManagerAsync(group, [org.NonMembers(group.Id)[0].Email]);
        var jobs = org.NewJobsService();

        var csv = System.Text.Encoding.UTF8.GetString(JobsService.ExportJobs(await jobs.ListAsync()).AsSpan(3));

        using var reader = CsvHelper.CsvReader.FromText(csv, null);
        Assert.True(reader.Read());
        Assert.Equal("tests", reader.GetString("requestedBy"));
        Assert.Equal("AddToGroup", reader.GetString("operation"));
        Assert.Equal(group.Name, reader.GetString("targetName"));
        Assert.False(reader.Read());
    }
}
