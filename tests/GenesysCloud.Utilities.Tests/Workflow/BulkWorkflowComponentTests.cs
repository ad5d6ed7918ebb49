using System.Text;
using Bunit;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.GroupManager;
using GenesysCloud.Utilities.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Utilities.Tests.Workflow;

public sealed class BulkWorkflowComponentTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static IRenderedComponent<BulkWorkflow> RenderWorkflow(BunitContext ctx, TestOrg org, Group group, IdentifierInputOptions? options = null) =>
        ctx.Render<BulkWorkflow>(p => p
            .Add(x => x.Change, GroupManagerChange(group))
            .Add(x => x.Api, org.Api)
            .Add(x => x.InputOptions, options ?? IdentifierInputOptions.Default));

    private static BulkChange GroupManagerChange(Group group) => GroupMembershipService.AddChange(group);

    [Fact]
    public async Task Preview_CountChip_FiltersTheRowsToThatStateWithTheirLines()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var paste = new PasteInput(ctx);
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(3).Select(u => u.Email).ToArray();
        var cut = RenderWorkflow(ctx, org, group);

        paste.Paste(cut, string.Join('\n', [newcomers[0], "ghost1@nowhere.example", newcomers[1], "not-an-email", "ghost2@nowhere.example", newcomers[2]]));
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("#wf-count-will-change").TextContent), Wait);
        Assert.Equal("2", cut.Find("#wf-count-not-found").TextContent);
        Assert.Equal("1", cut.Find("#wf-count-invalid").TextContent);
        Assert.Contains("6", cut.Find("#wf-filter-all").TextContent, StringComparison.Ordinal);

        cut.FindAll(".wf-count").Single(c => c.GetAttribute("data-state") == nameof(RowState.NotFound)).Click();

        cut.WaitForAssertion(() => Assert.Equal(["2", "5"], cut.FindAll("#wf-rows .wf-row-line").Select(e => e.TextContent)), Wait);
        Assert.All(cut.FindAll("#wf-rows .wf-row-status"), s => Assert.Equal("Not found", s.TextContent.Trim()));
        Assert.All(cut.FindAll("#wf-rows .wf-row-note"), n => Assert.Equal("no active user matches", n.TextContent));
        cut.Find("#wf-filter-all").Click();
        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("#wf-rows .wf-row-line").Count), Wait);
    }

    [Fact]
    public async Task Apply_ShowsEachRowsResultWithItsLineAndTheReportCsvHasThem()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var paste = new PasteInput(ctx);
        var download = ctx.JSInterop.SetupModule("./_content/GenesysCloud.Utilities/js/download.js").SetupVoid("saveFile", _ => true);
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(2).ToArray();
        RunningJob? finished = null;
        var cut = ctx.Render<BulkWorkflow>(p => p
            .Add(x => x.Change, GroupManagerChange(group))
            .Add(x => x.Api, org.Api)
            .Add(x => x.OnFinished, job => finished = job));
        paste.Paste(cut, $"ghost@nowhere.example\n{newcomers[0].Email}\n{newcomers[1].Email}");
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent), Wait);

        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-result-applied").TextContent), Wait);
        cut.WaitForAssertion(() => Assert.NotNull(finished), Wait);
        Assert.Equal(["Not found", "Added", "Added"], cut.FindAll("#wf-rows .wf-row-status").Select(s => s.TextContent.Trim()));
        Assert.Equal(["1", "2", "3"], cut.FindAll("#wf-rows .wf-row-line").Select(e => e.TextContent));
        Assert.Equal(finished!.Id, cut.Find("#wf-result-job").TextContent);
        Assert.Contains("2 / 2 done", cut.Find("#wf-progress-text").TextContent, StringComparison.Ordinal);

        cut.Find("#wf-report-btn").Click();

        cut.WaitForAssertion(() => Assert.Single(download.Invocations), Wait);
        var call = download.Invocations.Single();
        var stream = Assert.IsType<Microsoft.JSInterop.DotNetStreamReference>(call.Arguments[2]);
        var lines = Encoding.UTF8.GetString(((MemoryStream)stream.Stream).ToArray().AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("line,input,status,state,userId,userName,note,error", lines[0]);
        Assert.StartsWith("1,ghost@nowhere.example,Not found,NotFound,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"3,{newcomers[1].Email},Added,Applied,{newcomers[1].Id},", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paste_OverTheCap_SaysSoAndCannotBePreviewed()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var paste = new PasteInput(ctx);
        var group = await org.GroupAsync();
        var cut = RenderWorkflow(ctx, org, group, new IdentifierInputOptions { MaxBytes = 1024 });

        paste.Paste(cut, string.Join('\n', Enumerable.Range(1, 100).Select(i => $"person.{i}@example.com")));

        cut.WaitForAssertion(() => Assert.Contains("over the 1 KB limit", cut.Find("#wf-paste-input-size").TextContent, StringComparison.Ordinal), Wait);
        Assert.True(cut.Find("#wf-preview-btn").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Apply_OverThePerPersonCap_ShowsWhyAndKeepsThePreview()
    {
        await using var org = await TestOrg.StartAsync();
        var runner = org.NewRunner(new JobRunnerOptions { MaxConcurrentJobsPerPerson = 1 });
        await using var ctx = MudContext.Create();
        ctx.Services.AddSingleton(new BulkWorkflowService(org.Engine, runner, TestOrg.Owner));
        var paste = new PasteInput(ctx);
        var group = await org.GroupAsync();
        var gate = new TaskCompletionSource<BulkJobResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var other = runner.Start("other-job", TestOrg.Owner, BulkChange.Of("tests", BulkOperation.AddToQueue, "q", "Support"), null, org.Engine,
            (_, ct) => gate.Task.WaitAsync(ct));
        var cut = RenderWorkflow(ctx, org, group);
        paste.Paste(cut, org.NonMembers(group.Id)[0].Email);
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("#wf-count-will-change").TextContent), Wait);

        cut.Find("#wf-apply-btn").Click();

        cut.WaitForAssertion(() => Assert.Contains("You already have 1 job running", cut.Find("#wf-error").TextContent, StringComparison.Ordinal), Wait);
        Assert.NotNull(cut.Find("#wf-apply-btn"));
        other.Cancel();
        await other.Completion.WaitAsync(Wait);
    }

    [Fact]
    public async Task Render_JobOfTheSameTargetStartedInAnotherTab_ShowsItsLiveProgress()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var group = await org.GroupAsync();
        var preview = await org.PreviewAddAsync(group, org.NonMembers(group.Id).Take(60).Select(u => u.Email));
        var reachedFirstBatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        org.Runner.JobStarted += job => job.Changed += j =>
        {
            // Hold the job after its first batch until this tab has rendered it.
            if (j.Progress?.Done == 50 && j.IsActive && reachedFirstBatch.TrySetResult())
                release.Task.Wait(Wait);
        };
        var job = org.Workflow.Apply(preview);
        await reachedFirstBatch.Task.WaitAsync(Wait);

        var cut = RenderWorkflow(ctx, org, group);

        cut.WaitForAssertion(() => Assert.Contains("50 / 60 done", cut.Find("#wf-progress-text").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(job.Id, cut.Find("#wf-progress").GetAttribute("data-job-id"));
        Assert.NotNull(cut.Find("#wf-progress-cancel"));
        release.SetResult();
        cut.WaitForAssertion(() => Assert.Equal("60", cut.Find("#wf-result-applied").TextContent), Wait);
    }

    [Fact]
    public async Task JobProgress_WithEta_ShowsCountsCallsAndTimeLeftAndCancels()
    {
        await using var ctx = MudContext.Create();
        var job = new RunningJob("job-1", TestOrg.Owner, BulkChange.Of("tests", BulkOperation.AssignSkill, "s", "Spanish"), null,
            new FakeTimeProvider(), TimeSpan.Zero);
        job.Report(new BulkProgress(1_200, 10_000, 1_203, 4, TimeSpan.FromSeconds(125)));

        var cut = ctx.Render<JobProgressView>(p => p.Add(x => x.Job, job));

        Assert.Equal("1,200 / 10,000 done · 1,203 calls in this run · 4 rate-limited (429) · about 02:05 left", cut.Find("#wf-progress-text").TextContent);
        cut.Find("#wf-progress-cancel").Click();
        Assert.Equal(RunningJobState.Cancelling, job.State);
    }
}
