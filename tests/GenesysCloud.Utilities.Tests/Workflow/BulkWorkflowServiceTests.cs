using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.GroupManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Workflow;

public sealed class BulkWorkflowServiceTests
{
    [Fact]
    public async Task PreviewAsync_MixedPastedInput_KeepsEveryLineAndMarksEachStateAndChangesNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomer = org.NonMembers(group.Id)[0];
        var member = org.Members(group.Id)[0];
        var before = org.State.GetGroupMemberIds(group.Id);

        var preview = await org.PreviewAddAsync(group,
            [newcomer.Email.ToUpperInvariant(), newcomer.Email, "not-an-email", "ghost@nowhere.example", member.Email]);

        Assert.Equal([RowState.WillChange, RowState.Duplicate, RowState.Invalid, RowState.NotFound, RowState.AlreadyDone],
            preview.Rows.Select(r => r.State));
        Assert.Equal([1, 2, 3, 4, 5], preview.Rows.Select(r => r.Line));
        Assert.Equal(newcomer.Id, preview.Rows[0].UserId);
        Assert.Equal("repeats line 1", preview.Rows[1].Note);
        Assert.Contains("not a valid email", preview.Rows[2].Note, StringComparison.Ordinal);
        Assert.Equal(1, preview.ChangeCount);
        Assert.True(preview.CanApply);
        Assert.Equal("tests (Group Manager)", preview.Plan.Request.RequestedBy);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task Apply_CsvPreview_RunsInTheRunnerAndEachRowKeepsItsLineWithItsResult()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);
        var csv = "name,email\n" + string.Join('\n', newcomers.Select(u => $"{u.Name},{u.Email}")) + $"\nAlready,{org.Members(group.Id)[0].Email}\n";
        var input = WorkInput.From("people.csv", CsvIdentifierParser.Parse(System.Text.Encoding.UTF8.GetBytes(csv)));
        var preview = await org.Workflow.PreviewAsync(GroupMembershipService.AddChange(group), input);
        var reports = new List<BulkProgress>();

        var job = await org.RunToEndAsync(preview, j => reports.Add(j.Progress!));

        Assert.Equal(RunningJobState.Completed, job.State);
        Assert.Equal(120, job.Rows.Count(r => r.State == RowState.Applied));
        Assert.Equal(Enumerable.Range(2, 120).Select(i => (int?)i), job.Rows.Where(r => r.State == RowState.Applied).Select(r => r.Line));
        Assert.Equal((RowState.AlreadyDone, (int?)122), (job.Rows[^1].State, job.Rows[^1].Line));
        Assert.Equal("email", job.Rows[0].Column);
        Assert.Equal(120, reports[^1].Done);
        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        Assert.Equal(3, org.Emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members"));
        Assert.Same(job, org.Runner.Find(preview.Plan.JobId));
    }

    [Fact]
    public async Task Apply_PastedInputWithBadLines_JournalsEachItemsInputLineSoTheJobReadBackShowsTheSameLines()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(3).ToArray();
        var preview = await org.PreviewAddAsync(group, [newcomers[0].Email, "", "not-an-email", newcomers[1].Email, newcomers[0].Email, newcomers[2].Email]);

        var job = await org.RunToEndAsync(preview);
        var journaled = WorkRows.FromJournal((await org.Engine.GetJobAsync(preview.Plan.JobId))!.Items);

        Assert.Equal(RunningJobState.Completed, job.State);
        Assert.Equal([1, 4, 6], preview.Plan.Items.Select(i => i.Line));
        Assert.Equal([(1, RowState.Applied), (4, RowState.Applied), (6, RowState.Applied)], journaled.Select(r => (r.Line!.Value, r.State)));
        Assert.Equal(job.Rows.Where(r => r.PlanIndex is not null).Select(r => r.Line), journaled.Select(r => r.Line));
    }

    [Fact]
    public async Task Apply_CancelledAfterFirstBatch_ReportsExactlyWhatWasAppliedAndStaysResumable()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);

        var job = await org.AddThroughGroupManagerAsync(group, newcomers.Select(u => u.Email), j =>
        {
            if (j.Progress?.Done > 0)
                j.Cancel();
        });

        Assert.Equal(RunningJobState.Cancelled, job.State);
        Assert.Equal(50, job.Rows.Count(r => r.State == RowState.Applied));
        Assert.Equal(70, job.Rows.Count(r => r.State == RowState.NotApplied));
        var applied = job.Rows.Where(r => r.State == RowState.Applied).Select(r => r.UserId!);
        Assert.Equal(before.Union(applied).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        Assert.Equal(BulkJobStatus.Cancelled, (await org.Journal.GetJobAsync(job.Id))!.Status);
        Assert.False(org.Runner.IsInterrupted(job.Result!.Job));
    }

    [Fact]
    public async Task Apply_PickedMembersToRemove_RemovesOnlyThoseThatAreMembers()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var service = org.NewService();
        var members = await service.GetMembersAsync(group.Id);
        var selected = members.Take(2).Append(new User { Id = org.NonMembers(group.Id)[0].Id, Email = "x@y.com" }).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);

        var preview = await org.Workflow.PreviewAsync(GroupMembershipService.RemoveChange(group), WorkInput.FromUsers("selected", selected));
        var job = await org.RunToEndAsync(preview);

        Assert.Equal([RowState.WillChange, RowState.WillChange, RowState.AlreadyDone], preview.Rows.Select(r => r.State));
        Assert.Equal("Not a member", preview.Change.Wording.Label(preview.Rows[2].State));
        Assert.Equal([RowState.Applied, RowState.Applied, RowState.AlreadyDone], job.Rows.Select(r => r.State));
        Assert.Equal(before.Except(members.Take(2).Select(m => m.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task Apply_FormulaCell_IsBlockedAndChangesNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        var input = WorkInput.From("evil.csv", CsvIdentifierParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            $"email\n{org.NonMembers(group.Id)[0].Email}\n\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n")));

        var preview = await org.Workflow.PreviewAsync(GroupMembershipService.AddChange(group), input);

        Assert.False(preview.CanApply);
        Assert.NotNull(preview.BlockedReason);
        Assert.Throws<InvalidOperationException>(() => org.Workflow.Apply(preview));
        Assert.Empty(org.Runner.Jobs);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task PreviewAsync_EveryoneInAnotherGroup_PlansThemByIdWithoutLines()
    {
        await using var org = await TestOrg.StartAsync();
        var target = await org.GroupAsync(0);
        var source = await org.GroupAsync(1);
        var sourceMembers = await org.Api.Groups.GetMembersAsync(source.Id);

        var preview = await org.Workflow.PreviewAsync(GroupMembershipService.AddChange(target), WorkInput.FromUsers("members of group", sourceMembers));

        var targetMembers = org.State.GetGroupMemberIds(target.Id);
        Assert.Equal(sourceMembers.Count(m => !targetMembers.Contains(m.Id)), preview.Count(RowState.WillChange));
        Assert.Equal(sourceMembers.Count(m => targetMembers.Contains(m.Id)), preview.Count(RowState.AlreadyDone));
        Assert.All(preview.Rows, r => Assert.Null(r.Line));
    }

    [Fact]
    public async Task MyJobs_SecondSessionOfTheSamePerson_SeesTheJobAndCancelsIt()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var otherTab = new BulkWorkflowService(org.Engine, org.Runner, TestOrg.Owner);
        var someoneElse = new BulkWorkflowService(org.Engine, org.Runner, new JobOwner("other", "someone else"));
        var preview = await org.PreviewAddAsync(group, org.NonMembers(group.Id).Take(120).Select(u => u.Email));
        var seenElsewhere = 0;

        var job = await org.RunToEndAsync(preview, j =>
        {
            if (j.Progress?.Done > 0 && otherTab.MyJobs.SingleOrDefault() is { IsActive: true } mine)
            {
                seenElsewhere = someoneElse.MyJobs.Count;
                mine.Cancel();
            }
        });

        Assert.Equal(RunningJobState.Cancelled, job.State);
        Assert.Equal(0, seenElsewhere);
        Assert.Equal(50, job.Rows.Count(r => r.State == RowState.Applied));
    }
}
