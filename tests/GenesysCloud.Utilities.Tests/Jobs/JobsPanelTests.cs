using Bunit;
using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Jobs;
using GenesysCloud.Utilities.Tests.SkillsManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Jobs;

public sealed class JobsPanelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Undo_FromJobDetails_PreviewsThenRestoresMembership()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        await org.AddThroughGroupManagerAsync(group, org.NonMembers(group.Id).Take(2).Select(u => u.Email));
        var cut = ctx.Render<JobsPanel>(p => p.Add(x => x.Service, org.NewJobsService()));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".jobs-open-btn")), Wait);

        cut.Find(".jobs-open-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("Completed", cut.Find("#jobs-detail-status").TextContent), Wait);
        Assert.Contains("tests (Group Manager)", cut.Find("#jobs-detail").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 changes,", cut.Find("#jobs-detail-counts").TextContent, StringComparison.Ordinal);
        Assert.Contains(" UTC", cut.Find("#jobs-detail").TextContent, StringComparison.Ordinal);
        Assert.Equal("2", cut.Find("#jobs-items-count-applied").TextContent);
        cut.Find("#jobs-undo-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent), Wait);
        Assert.NotEqual(before, org.State.GetGroupMemberIds(group.Id));
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-result-applied").TextContent), Wait);
        Assert.Contains("completed", cut.Find("#wf-progress-text").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".jobs-open-btn").Count), Wait);
    }

    [Fact]
    public async Task Render_CancelledJob_ShowsItsItemsFilterableByStateAndResumesItLive()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var group = await org.GroupAsync();
        var cancelled = await org.AddCancelledAfterFirstBatchAsync(group);
        var cut = ctx.Render<JobsPanel>(p => p.Add(x => x.Service, org.NewJobsService()));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".jobs-open-btn")), Wait);
        cut.Find(".jobs-open-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("Cancelled", cut.Find("#jobs-detail-status").TextContent), Wait);

        Assert.Equal("50", cut.Find("#jobs-items-count-applied").TextContent);
        Assert.Equal("70", cut.Find("#jobs-items-count-not-applied").TextContent);
        cut.FindAll(".wf-count").Single(c => c.GetAttribute("data-state") == nameof(RowState.NotApplied)).Click();
        cut.WaitForAssertion(() => Assert.All(cut.FindAll("#jobs-items-rows .wf-row-status"), s => Assert.Equal("Not applied", s.TextContent.Trim())), Wait);
        Assert.Equal("51", cut.Find("#jobs-items-rows .wf-row-line").TextContent); // the pasted line, journaled with its item
        Assert.Equal("line 51", cut.Find("#jobs-items-rows .wf-row-line").GetAttribute("title"));

        cut.Find("#jobs-resume-btn").Click();

        cut.WaitForAssertion(() => Assert.Contains("completed", cut.Find($"#jobs-running-{cancelled.Id}-text").TextContent, StringComparison.Ordinal), Wait);
        cut.WaitForAssertion(() => Assert.Equal("Completed", cut.Find("#jobs-detail-status").TextContent), Wait);
        Assert.Equal(BulkJobStatus.Completed, (await org.Journal.GetJobAsync(cancelled.Id))!.Status);
    }

    [Fact]
    public async Task Resume_PersonWithoutGroupEdit_ShowsTheMissingPermissionAndLeavesTheJobCancelled()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var group = await org.GroupAsync();
        var cancelled = await org.AddCancelledAfterFirstBatchAsync(group);
        var reader = new JobOwner("reader", "Read-only supervisor") { Permissions = new HashSet<string>(["directory:user:view"], StringComparer.Ordinal) };
        var cut = ctx.Render<JobsPanel>(p => p.Add(x => x.Service, new JobsService(new BulkWorkflowService(org.Engine, org.Runner, reader))));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".jobs-open-btn")), Wait);
        cut.Find(".jobs-open-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("Cancelled", cut.Find("#jobs-detail-status").TextContent), Wait);
        var postsBefore = org.Emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members");

        cut.Find("#jobs-resume-btn").Click();

        cut.WaitForAssertion(() => Assert.Contains("directory:group:edit", cut.Find("#jobs-error").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(BulkJobStatus.Cancelled, (await org.Journal.GetJobAsync(cancelled.Id))!.Status);
        Assert.Equal(postsBefore, org.Emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members"));
    }

    [Fact]
    public async Task Detail_CopyJobWithARefusedLanguage_OneRowPerPersonSayingWhatTheyGotAndWhyOneFailed()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 2);
        var (_, _, language) = RoutingCopySetup.GiveSource(org, source);
        var gone = Guid.NewGuid().ToString(); // a language deleted between preview and apply
        await RoutingCopySetup.CopyPastedAsync(org, source, people.Select(p => p.Email), alter: plan => plan with
        {
            Items = [.. plan.Items.Select(i => i.UserId == people[0].Id && i.TargetId == language ? i with { TargetId = gone } : i)],
        });
        var cut = ctx.Render<JobsPanel>(p => p.Add(x => x.Service, org.NewJobsService()));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".jobs-open-btn")), Wait);

        cut.Find(".jobs-open-btn").Click();

        cut.WaitForAssertion(() => Assert.Equal("CompletedWithErrors", cut.Find("#jobs-detail-status").TextContent), Wait);
        Assert.Contains("6 changes, 5 applied, 1 failed", Text(cut.Find("#jobs-detail-counts").TextContent), StringComparison.Ordinal);
        Assert.Contains("2 input rows, one per person, for 6 items", cut.Find("#jobs-detail-rows").TextContent, StringComparison.Ordinal);
        Assert.Equal(("1", "1", "2"), (cut.Find("#jobs-items-count-failed").TextContent, cut.Find("#jobs-items-count-applied").TextContent,
            cut.Find("#jobs-items-filter-all").TextContent.Split(':')[1].Trim()));
        Assert.Equal(["1", "2"], cut.FindAll("#jobs-items-rows .wf-row-line").Select(l => l.TextContent));
        var notes = cut.FindAll("#jobs-items-rows .wf-row-note").Select(n => n.TextContent).ToArray();
        // The refused item names a language the org no longer has, so the row cannot say it is a language.
        Assert.StartsWith("2 of 3 changes applied, 1 failed; gives 2 skills and 1 item: ", notes[0], StringComparison.Ordinal);
        Assert.StartsWith("gives 2 skills and 1 language: ", notes[1], StringComparison.Ordinal);
        Assert.StartsWith($"language '{org.State.FindLanguage(language)!.Name}': given at 5: ", cut.Find("#jobs-items-rows .wf-row-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_CopyJobWithARefusedLanguage_AppliedCountsPeopleWhileAGroupJobStillCountsItsChanges()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 2);
        var (_, _, language) = RoutingCopySetup.GiveSource(org, source);
        await RoutingCopySetup.CopyPastedAsync(org, source, people.Select(p => p.Email), alter: plan => plan with
        {
            Items = [.. plan.Items.Select(i => i.UserId == people[0].Id && i.TargetId == language ? i with { TargetId = Guid.NewGuid().ToString() } : i)],
        });
        var group = await org.GroupAsync();
        await org.AddThroughGroupManagerAsync(group, org.NonMembers(group.Id).Take(3).Select(u => u.Email));

        var cut = ctx.Render<JobsPanel>(p => p.Add(x => x.Service, org.NewJobsService()));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".jobs-open-btn").Count), Wait);
        Assert.Equal(["3 of 3", "1 of 2 people, 1 failed"], cut.FindAll(".jobs-applied").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Detail_CopyJobCancelledThenResumed_CountsPeopleNotItemsBeforeAndAfter()
    {
        await using var org = await TestOrg.StartAsync(users: 400);
        await using var ctx = MudContext.Create(org);
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 40);
        RoutingCopySetup.GiveSource(org, source);
        var cancelled = await RoutingCopySetup.CopyPastedAsync(org, source, people.Select(p => p.Email), onChanged: j =>
        {
            if (j.Progress?.Done > 0)
                j.Cancel();
        });
        var cut = ctx.Render<JobsPanel>(p => p.Add(x => x.Service, org.NewJobsService()));
        int Count(string id) => cut.FindAll(id) is [var count] ? int.Parse(count.TextContent, System.Globalization.CultureInfo.InvariantCulture) : 0;
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".jobs-open-btn")), Wait);
        cut.Find(".jobs-open-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("Cancelled", cut.Find("#jobs-detail-status").TextContent), Wait);
        // One count per person: applied, and not applied or unknown (sent when the run stopped) for the rest.
        var unfinished = new[] { "#jobs-items-count-not-applied", "#jobs-items-count-unknown" }.Sum(Count);
        Assert.Equal("40", cut.Find("#jobs-items-filter-all").TextContent.Split(':')[1].Trim());
        Assert.Equal(40, Count("#jobs-items-count-applied") + unfinished);
        Assert.InRange(unfinished, 1, 40);
        Assert.Equal(Count("#jobs-items-count-applied"), cancelled.Rows.Count(r => r.State == RowState.Applied));

        cut.Find("#jobs-resume-btn").Click();

        cut.WaitForAssertion(() => Assert.Equal("Completed", cut.Find("#jobs-detail-status").TextContent), Wait);
        Assert.Equal("40", cut.Find("#jobs-items-count-applied").TextContent);
        Assert.Empty(cut.FindAll("#jobs-items-count-not-applied"));
        Assert.Contains("40 input rows, one per person, for 120 items", cut.Find("#jobs-detail-rows").TextContent, StringComparison.Ordinal);
        var resumed = Assert.Single(org.Workflow.MyJobs, j => j.Change.Title.StartsWith("Resume:", StringComparison.Ordinal));
        Assert.Equal(40, resumed.Rows.Count);
        Assert.All(resumed.Rows, r => Assert.Equal(RowState.Applied, r.State));
        Assert.All(resumed.Rows, r => Assert.StartsWith("gives 2 skills and 1 language: ", r.Note, StringComparison.Ordinal));
        Assert.All(people, p => Assert.Equal(RoutingCopySetup.Holdings(org, source), RoutingCopySetup.Holdings(org, p)));
    }

    private static string Text(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
