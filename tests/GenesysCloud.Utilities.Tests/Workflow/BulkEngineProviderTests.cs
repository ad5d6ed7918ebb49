using GenesysCloud.Utilities.GroupManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.Workflow;

public sealed class BulkEngineProviderTests
{
    private static GenesysConfig ConfigOf(TestOrg org) => new(org.Emulator.ClientId, org.Emulator.ClientSecret)
    {
        ApiBaseUrl = org.Emulator.BaseUrl,
        AuthBaseUrl = org.Emulator.BaseUrl,
    };

    [Fact]
    public async Task For_TwoSessionsOfTheSameOrg_ShareOneEngineWithTheRegisteredJournal()
    {
        await using var org = await TestOrg.StartAsync();
        using var provider = new BulkEngineProvider(org.Journal);
        using var tab1 = new GenesysConnection(new UtilityStateStore());
        using var tab2 = new GenesysConnection(new UtilityStateStore());
        Assert.True((await tab1.ConnectAsync(ConfigOf(org))).Success);
        Assert.True((await tab2.ConnectAsync(ConfigOf(org))).Success);

        var engine = provider.For(tab1);

        Assert.Same(engine, provider.For(tab2));
        Assert.Same(org.Journal, engine.Journal);
        Assert.Same(org.Journal, provider.JournalFor(sandbox: true));
    }

    [Fact]
    public async Task JournalFor_NoRegisteredJournal_KeepsTheSandboxApartFromTheRealOrg()
    {
        await using var org = await TestOrg.StartAsync();
        using var provider = new BulkEngineProvider();
        using var sandbox = new GenesysConnection(new UtilityStateStore());
        using var real = new GenesysConnection(new UtilityStateStore());
        Assert.True((await sandbox.ConnectAsync(ConfigOf(org), isSandbox: true)).Success);
        Assert.True((await real.ConnectAsync(ConfigOf(org))).Success);

        var sandboxJournal = provider.For(sandbox).Journal;

        Assert.NotSame(provider.For(real).Journal, sandboxJournal);
        Assert.NotSame(provider.For(real), provider.For(sandbox));
        Assert.Same(sandboxJournal, provider.JournalFor(sandbox: true));
    }

    [Fact]
    public async Task Apply_SessionDisconnectedMidJob_TheJobStillCompletes()
    {
        await using var org = await TestOrg.StartAsync();
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(120).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);
        using var provider = new BulkEngineProvider(org.Journal);
        var tab = new GenesysConnection(new UtilityStateStore());
        Assert.True((await tab.ConnectAsync(ConfigOf(org))).Success);
        var workflow = BulkWorkflowService.ForSession(tab, provider, org.Runner);
        var preview = await workflow.PreviewAsync(GroupMembershipService.AddChange(group),
            WorkInput.FromUsers("picked", newcomers.Select(u => new User { Id = u.Id, Email = u.Email })));

        // The tab closes after the first batch: its session disposes its client, as a circuit's scope does.
        var job = await org.RunToEndAsync(preview, j =>
        {
            if (j.Progress?.Done > 0)
                tab.Dispose();
        }, workflow);

        Assert.Equal(RunningJobState.Completed, job.State);
        Assert.Null(tab.Api);
        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        Assert.StartsWith("client ", job.Result!.Job.RequestedBy, StringComparison.Ordinal);
    }
}
