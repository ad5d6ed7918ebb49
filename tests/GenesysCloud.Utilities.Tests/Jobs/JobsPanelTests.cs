using Bunit;
using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Jobs;
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
        cut.Find("#wf-apply-btn").Click();

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
}
