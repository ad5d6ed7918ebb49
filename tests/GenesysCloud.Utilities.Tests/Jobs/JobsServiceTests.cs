using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.QueueManager;
using GenesysCloud.Utilities.Jobs;
using GenesysCloud.Utilities.Tests.SkillsManager;
using GenesysCloud.Utilities.Workflow;

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

        Assert.Equal(applied.Id, job.Id);
        Assert.Equal("tests (Group Manager)", job.RequestedBy);
        Assert.Equal(BulkOperation.AddToGroup, job.Operation);
        Assert.Equal(group.Id, job.TargetId);
        Assert.Equal(BulkJobStatus.Completed, job.Status);
        Assert.Equal(3, job.AppliedCount);
        Assert.Equal([BulkItemStatus.Applied, BulkItemStatus.Applied, BulkItemStatus.Applied, BulkItemStatus.Skipped],
            detail!.Items.Select(i => i.Status));
        Assert.Equal(BulkItemAction.NotFound, detail.Items[3].Action);
        Assert.Equal([RowState.Applied, RowState.Applied, RowState.Applied, RowState.NotFound], WorkRows.FromJournal(detail.Items).Select(r => r.State));
    }

    [Fact]
    public async Task PreviewUndoAsync_ThenApply_RestoresTheOriginalMembershipExactly()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        var emails = org.NonMembers(group.Id).Take(60).Select(u => u.Email).Append(org.Members(group.Id)[0].Email);
        var added = await org.AddThroughGroupManagerAsync(group, emails);
        var jobs = org.NewJobsService();

        var undo = await jobs.PreviewUndoAsync(added.Result!.Job);
        var result = await org.RunToEndAsync(undo);

        Assert.Equal(BulkOperation.RemoveFromGroup, undo.Plan.Request.Operation);
        Assert.Equal(60, undo.Count(RowState.WillChange));
        Assert.Equal("Will remove", undo.Change.Wording.Label(RowState.WillChange));
        Assert.Equal(60, result.Result!.Applied);
        Assert.Equal(added.Id, result.Result.Job.UndoOfJobId);
        Assert.Equal("tests (Jobs)", result.Result.Job.RequestedBy);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task PreviewUndoAsync_RingJob_PutsEachMemberBackOnTheirRingAndKeepsThePastedLines()
    {
        await using var org = await TestOrg.StartAsync();
        var workflow = new BulkWorkflowService(org.EngineFor(), org.Runner, TestOrg.Owner);
        var queue = org.State.Queues[1].Id;
        var members = org.State.GetQueueMembers(queue).Where(m => m.MemberBy == "user" && m.RingNumber != 5).Take(3).ToList();
        var change = new BulkChange("Queue Manager", "Set ring 5", queue, ids => QueueManagerService.RingNumberRequest(queue, ids, 5));
        var pasted = PastedIdentifierParser.Parse(string.Join('\n', members.Select(m => org.State.FindUser(m.UserId)!.Email)));
        var set = await org.RunToEndAsync(await workflow.PreviewAsync(change, WorkInput.From("pasted text", pasted)), workflow: workflow);
        var onFive = Rings(org, queue, members);

        var undo = await new JobsService(workflow).PreviewUndoAsync(set.Result!.Job);
        var undone = await org.RunToEndAsync(undo, workflow: workflow);

        Assert.All(onFive, ring => Assert.Equal(5, ring));
        var journaled = WorkRows.FromJournal((await workflow.Engine.GetJobAsync(set.Id))!.Items);
        Assert.Equal(members.Select(m => $"ring {m.RingNumber} → 5 · confirmed: the org shows the change"), journaled.Select(r => r.Note));
        Assert.Equal((BulkOperation.SetRingNumber, 3), (undo.Plan.Request.Operation, undo.Count(RowState.WillChange)));
        Assert.Equal([1, 2, 3], undo.Rows.Select(r => r.Line));
        Assert.Equal(3, undone.Result!.Applied);
        Assert.Equal(members.Select(m => m.RingNumber), Rings(org, queue, members));
    }

    private static IEnumerable<int> Rings(TestOrg org, string queue, IEnumerable<Emulator.Model.EmulatorQueueMember> members)
    {
        var now = org.State.GetQueueMembers(queue).Where(m => m.MemberBy == "user").ToDictionary(m => m.UserId);
        return [.. members.Select(m => now[m.UserId].RingNumber)];
    }

    [Fact]
    public async Task Resume_CancelledJob_FinishesInTheRunnerWithoutRepeatingAppliedItems()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        var cancelled = await org.AddThroughGroupManagerAsync(group, newcomers.Select(u => u.Email), j =>
        {
            if (j.Progress?.Done > 0)
                j.Cancel();
        });
        var jobs = org.NewJobsService();
        Assert.True(jobs.CanResume(cancelled.Result!.Job));

        var resumed = await jobs.ResumeAsync(cancelled.Result.Job);
        await resumed.Completion.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(50, cancelled.Rows.Count(r => r.State == RowState.Applied));
        Assert.Equal(RunningJobState.Completed, resumed.State);
        Assert.Equal(120, resumed.Result!.Applied);
        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        Assert.Equal(3, org.Emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members"));
        Assert.True(jobs.CanUndo(resumed.Result.Job));
        Assert.False(jobs.CanResume(resumed.Result.Job));
    }

    [Fact]
    public async Task ExportItems_FormulaIdentifierInJournal_IsNeutralised()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group.Id,
            ["=HYPERLINK(\"http://evil\",\"x\")", org.NonMembers(group.Id)[0].Email]));
        var result = await org.Engine.ApplyAsync(plan);

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
        Assert.Equal("tests (Group Manager)", reader.GetString("requestedBy"));
        Assert.Equal("AddToGroup", reader.GetString("operation"));
        Assert.Equal(group.Name, reader.GetString("targetName"));
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task RowsAsync_CopyJob_ReadsAsItsOwnResultDidOneRowPerPerson()
    {
        await using var org = await TestOrg.StartAsync();
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 3);
        RoutingCopySetup.GiveSource(org, source);
        org.State.SetUserSkill(people[1].Id, org.State.Skills[^1].Id, 4);
        var job = await RoutingCopySetup.CopyPastedAsync(org, source, [people[0].Email, "ghost@nowhere.example", people[1].Email, people[2].Email]);
        var jobs = org.NewJobsService();
        int Listings() => org.Emulator.Requests.Count("GET", "/api/v2/routing/skills") + org.Emulator.Requests.Count("GET", "/api/v2/routing/languages");
        var before = Listings();

        var rows = await jobs.RowsAsync((await jobs.GetAsync(job.Id))!);
        var again = await jobs.RowsAsync((await jobs.GetAsync(job.Id))!);

        Assert.Equal(2, Listings() - before); // the org's skills and languages, once per page: one page each here
        Assert.Equal(rows.Select(r => (r.State, r.Note)), again.Select(r => (r.State, r.Note)));
        Assert.Equal(job.Rows.Select(r => (r.Line, r.State, r.UserId, r.Note, r.Error)), rows.Select(r => (r.Line, r.State, r.UserId, r.Note, r.Error)));
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.Line));
        Assert.StartsWith("gives 1 skill and 1 language; 1 already so: ", rows[2].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleAsync_CancelledCopyThenResumed_CountsItsPeopleAfreshOnceItsCountsChangeAndSkipsOtherJobs()
    {
        await using var org = await TestOrg.StartAsync(users: 400);
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 40);
        RoutingCopySetup.GiveSource(org, source);
        var cancelled = await RoutingCopySetup.CopyPastedAsync(org, source, people.Select(p => p.Email), onChanged: j =>
        {
            if (j.Progress?.Done > 0)
                j.Cancel();
        });
        var group = await org.GroupAsync();
        await org.AddThroughGroupManagerAsync(group, org.NonMembers(group.Id).Take(2).Select(u => u.Email));
        var jobs = org.NewJobsService();

        var stopped = await jobs.PeopleAsync(await jobs.ListAsync());
        var resumed = await jobs.ResumeAsync(cancelled.Result!.Job);
        await resumed.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        var finished = await jobs.PeopleAsync(await jobs.ListAsync());

        var copy = cancelled.Result.Job.Id;
        Assert.Equal([copy], stopped.Keys); // the group job is counted by the journal's item counts, its items unread
        Assert.Equal(40, stopped[copy].Changing);
        Assert.Equal(cancelled.Rows.Count(r => r.State == RowState.Applied), stopped[copy].Applied);
        Assert.InRange(stopped[copy].Applied, 0, 39);
        Assert.Equal(new JobPeople(40, 40, 0), finished[copy]);
    }

    [Fact]
    public async Task PreviewUndoAsync_CopyJob_OneRowPerPersonSayingWhatTheUndoTakesBackAndSoDoesTheUndoJobsDetail()
    {
        await using var org = await TestOrg.StartAsync();
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 2);
        RoutingCopySetup.GiveSource(org, source);
        org.State.SetUserSkill(people[1].Id, org.State.Skills[^1].Id, 1);
        var job = await RoutingCopySetup.CopyPastedAsync(org, source, people.Select(p => p.Email));

        var jobs = org.NewJobsService();

        var undo = await jobs.PreviewUndoAsync(job.Result!.Job);
        var undone = await org.RunToEndAsync(undo);
        var journaled = await jobs.RowsAsync((await jobs.GetAsync(undone.Id))!);

        Assert.Equal([1, 2], undo.Rows.Select(r => r.Line));
        Assert.Equal("removes 2 skills and 1 language", undo.Rows[0].Note);
        Assert.Equal("changes 1 skill, removes 1 skill and 1 language", undo.Rows[1].Note);
        Assert.Equal((2, 6), (undo.ChangeCount, undo.ItemChangeCount));
        Assert.Equal(undone.Rows.Select(r => (r.Line, r.State, r.Note)), journaled.Select(r => (r.Line, r.State, r.Note)));
        Assert.All(journaled, r => Assert.Equal(RowState.Applied, r.State));
    }
}
