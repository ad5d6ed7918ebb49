using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Workflow;

public sealed class BulkJobRunnerTests
{
    [Fact]
    public async Task Start_OverThePerPersonCap_RefusesWithAClearMessageButLetsOthersStart()
    {
        await using var org = await TestOrg.StartAsync();
        var runner = org.NewRunner(new JobRunnerOptions { MaxConcurrentJobsPerPerson = 1 });
        var gate = new TaskCompletionSource<BulkJobResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var change = BulkChange.Of("tests", BulkOperation.AddToGroup, "g", "Sales");
        var first = runner.Start("job-1", TestOrg.Owner, change, null, org.Engine, (_, ct) => gate.Task.WaitAsync(ct));

        var refused = Assert.Throws<JobLimitReachedException>(() =>
            runner.Start("job-2", TestOrg.Owner, change, null, org.Engine, (_, ct) => gate.Task.WaitAsync(ct)));
        var other = runner.Start("job-3", new JobOwner("other", "someone else"), change, null, org.Engine, (_, ct) => gate.Task.WaitAsync(ct));

        Assert.Contains("You already have 1 job running", refused.Message, StringComparison.Ordinal);
        Assert.True(first.IsActive);
        Assert.True(other.IsActive);
        first.Cancel();
        other.Cancel();
        await Task.WhenAll(first.Completion, other.Completion).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(RunningJobState.Cancelled, first.State);
        runner.Start("job-4", TestOrg.Owner, change, null, org.Engine, (_, ct) => gate.Task.WaitAsync(ct)).Cancel();
    }

    [Fact]
    public async Task StopAsync_MidJob_StopsAfterTheBatchInFlightAndTheNextStartListsItToResume()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);
        var preview = await org.PreviewAddAsync(group, newcomers.Select(u => u.Email));
        Task? stopping = null;

        // Shutdown arrives while the first batch's progress is reported: the next batch is never sent.
        var job = await org.RunToEndAsync(preview, j =>
        {
            if (j.Progress?.Done > 0 && stopping is null)
                stopping = org.Runner.StopAsync(CancellationToken.None);
        });
        await stopping!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(RunningJobState.Interrupted, job.State);
        Assert.Equal(50, org.State.GetGroupMemberIds(group.Id).Count - before.Count);
        var journaled = (await org.Journal.GetJobAsync(job.Id))!;
        Assert.Equal((BulkJobStatus.Cancelled, BulkJobRunner.ShutdownNote), (journaled.Status, journaled.Error));
        Assert.Throws<InvalidOperationException>(() => org.Workflow.Apply(preview));

        var restarted = org.NewRunner(journal: org.Journal);
        await restarted.StartAsync(CancellationToken.None);
        var afterRestart = new BulkWorkflowService(org.Engine, restarted, TestOrg.Owner);
        var interrupted = Assert.Single(restarted.InterruptedAtStart);
        Assert.True(restarted.IsInterrupted(interrupted));
        var resumed = afterRestart.Resume(interrupted);
        await resumed.Completion.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(RunningJobState.Completed, resumed.State);
        Assert.Equal(120, resumed.Result!.Applied);
        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        Assert.Equal(3, org.Emulator.Requests.Count("POST", "/api/v2/groups/{groupId}/members"));
        Assert.False(restarted.IsInterrupted((await org.Journal.GetJobAsync(job.Id))!));
    }

    [Fact]
    public async Task Start_RunThatThrows_EndsAsFailedWithTheMessageInsteadOfCrashing()
    {
        await using var org = await TestOrg.StartAsync();
        var change = BulkChange.Of("tests", BulkOperation.AddToGroup, "g", "Sales");

        var job = org.Runner.Start("job-x", TestOrg.Owner, change, null, org.Engine,
            (_, _) => Task.FromException<BulkJobResult>(new BulkTargetNotFoundException("Group g was not found.")));
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(RunningJobState.Failed, job.State);
        Assert.Contains("Group g was not found.", job.Error, StringComparison.Ordinal);
        Assert.False(job.IsActive);
    }
}
