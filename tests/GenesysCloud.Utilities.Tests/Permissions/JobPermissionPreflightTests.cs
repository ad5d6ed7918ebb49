using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.Permissions;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Permissions;

/// <summary>Every way a job starts (apply, resume, undo) checks the person's permissions before anything is journaled or sent.</summary>
public sealed class JobPermissionPreflightTests
{
    private static readonly JobOwner Reader = new("reader", "Read-only supervisor")
    {
        Permissions = new HashSet<string>(["directory:user:view", "directory:group:view"], StringComparer.Ordinal),
    };

    private static readonly JobOwner DirectoryAdmin = new("admin", "Directory admin")
    {
        Permissions = new HashSet<string>(["directory:*:*"], StringComparer.Ordinal),
    };

    [Fact]
    public async Task Apply_PersonWithoutGroupEdit_IsRefusedNamingThePermissionAndJournalsAndSendsNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var reader = new BulkWorkflowService(org.Engine, org.Runner, Reader);
        var preview = await reader.PreviewAsync(GenesysCloud.Utilities.GroupManager.GroupMembershipService.AddChange(group),
            WorkInput.From("pasted text", PastedIdentifierParser.Parse(string.Join('\n', org.NonMembers(group.Id).Take(3).Select(u => u.Email)))));
        var writesBefore = Writes(org);

        var refused = Assert.Throws<MissingPermissionsException>(() => _ = reader.Apply(preview));

        Assert.Equal(["directory:group:edit"], refused.Missing);
        Assert.Contains("directory:group:edit", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("directory:user:view", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await org.Journal.ListJobsAsync(100, null));
        Assert.Null(org.Runner.Find(preview.Plan.JobId));
        Assert.Equal(writesBefore, Writes(org));
    }

    [Fact]
    public async Task Resume_PersonWithoutGroupEdit_IsRefusedAndTheJobStaysAsItWas()
    {
        await using var org = await TestOrg.StartAsync();
        var cancelled = await org.AddCancelledAfterFirstBatchAsync(await org.GroupAsync());
        var reader = new BulkWorkflowService(org.Engine, org.Runner, Reader);
        var writesBefore = Writes(org);
        var membersBefore = org.State.GetGroupMemberIds(cancelled.Change.TargetId);

        var refused = Assert.Throws<MissingPermissionsException>(() => _ = reader.Resume(cancelled.Result!.Job));

        Assert.Contains("directory:group:edit", refused.Message, StringComparison.Ordinal);
        Assert.Contains(cancelled.Id, refused.Message, StringComparison.Ordinal);
        Assert.Equal(BulkJobStatus.Cancelled, (await org.Journal.GetJobAsync(cancelled.Id))!.Status);
        Assert.Single(await org.Journal.ListJobsAsync(100, null));
        Assert.Same(cancelled, org.Runner.Find(cancelled.Id));
        Assert.Equal(writesBefore, Writes(org));
        Assert.Equal(membersBefore, org.State.GetGroupMemberIds(cancelled.Change.TargetId));
    }

    [Fact]
    public async Task Undo_PersonWithoutGroupEdit_IsRefusedAtPreviewAndAtApplyAndSendsNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var added = await org.AddThroughGroupManagerAsync(group, org.NonMembers(group.Id).Take(3).Select(u => u.Email));
        var reader = new BulkWorkflowService(org.Engine, org.Runner, Reader);
        var undoPlannedByAnother = await org.Workflow.PreviewUndoAsync(added.Result!.Job);
        var writesBefore = Writes(org);

        var atPreview = await Assert.ThrowsAsync<MissingPermissionsException>(() => reader.PreviewUndoAsync(added.Result.Job));
        var atApply = Assert.Throws<MissingPermissionsException>(() => _ = reader.Apply(undoPlannedByAnother));

        Assert.Contains("directory:group:edit", atPreview.Message, StringComparison.Ordinal);
        Assert.Contains("directory:group:edit", atApply.Message, StringComparison.Ordinal);
        Assert.Single(await org.Journal.ListJobsAsync(100, null));
        Assert.Equal(writesBefore, Writes(org));
    }

    [Fact]
    public async Task ApplyResumeAndUndo_PersonWithDirectoryWildcard_RunToTheEnd()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        var admin = new BulkWorkflowService(org.Engine, org.Runner, DirectoryAdmin);
        var cancelled = await org.RunToEndAsync(await admin.PreviewAsync(GenesysCloud.Utilities.GroupManager.GroupMembershipService.AddChange(group),
            WorkInput.From("pasted text", PastedIdentifierParser.Parse(string.Join('\n', org.NonMembers(group.Id).Take(120).Select(u => u.Email))))),
            j =>
            {
                if (j.Progress?.Done > 0)
                    j.Cancel();
            }, admin);

        var resumed = admin.Resume(cancelled.Result!.Job);
        await resumed.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        var undone = await org.RunToEndAsync(await admin.PreviewUndoAsync(resumed.Result!.Job), workflow: admin);

        Assert.Equal(RunningJobState.Cancelled, cancelled.State);
        Assert.Equal(RunningJobState.Completed, resumed.State);
        Assert.Equal(RunningJobState.Completed, undone.State);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public void For_EveryOperation_NeedsOnlyPermissionsTheUtilityDoingItDeclares()
    {
        var declared = new[]
        {
            new GenesysCloud.Utilities.GroupManager.GroupManager().Config.Permissions,
            GenesysCloud.Utilities.QueueManager.QueueManagerService.Permissions,
            GenesysCloud.Utilities.SkillsManager.SkillsManagerService.Permissions,
            new GenesysCloud.Utilities.ConversationTools.ConversationTools().Config.Permissions,
        };

        foreach (var operation in Enum.GetValues<BulkOperation>())
        {
            var needed = OperationPermissions.For(operation);
            Assert.NotEmpty(needed);
            Assert.Contains(declared, list => needed.All(requirement => requirement.Split(PermissionCheck.AnyOf).Any(list.Contains)));
        }
    }

    [Fact]
    public void Demand_ClientCredentialsWithoutPermissions_IsNotChecked() =>
        OperationPermissions.Demand(null, BulkOperation.EndConversation, "Starting job 1");

    /// <summary>Requests to the API that could change the org (anything but reads; sign-in excluded).</summary>
    private static int Writes(TestOrg org) =>
        org.Emulator.Requests.Entries.Count(e => e.Method != "GET" && e.RouteTemplate.StartsWith("/api/", StringComparison.Ordinal));
}
