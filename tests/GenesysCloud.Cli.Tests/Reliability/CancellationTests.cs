using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Reliability;

/// <summary>Ctrl+C mid-job: exit code 130, the job is journaled as cancelled, and resume finishes it exactly.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class CancellationTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task GroupsAddMembers_CancelledMidJob_ExitsWith130AndResumeFinishesTheJob()
    {
        var emulator = fixture.Emulator;
        var journal = fixture.NewJournalPath();
        var group = OrgPicks.Group(emulator, 20);
        var before = emulator.State.GetGroupMemberIds(group.Id);
        var newcomers = OrgPicks.NonMembers(emulator, group.Id, 150);
        using var cancel = new CancellationTokenSource();
        using var stdout = new StringWriter();
        using var stderr = new WatchingWriter(line =>
        {
            if (line.StartsWith("progress: 50/", StringComparison.Ordinal))
                cancel.Cancel();
        });

        int exit;
        emulator.Faults.Latency = TimeSpan.FromMilliseconds(100);
        try
        {
            exit = await CliApplication.RunAsync(
                ["groups", "add-members", "--group", group.Id, "--emails", OrgPicks.Emails(newcomers), "--progress",
                 "--config", fixture.ConfigPath, "--journal", journal],
                new CliEnvironment(stdout, stderr, IsInteractive: false),
                cancel.Token);
        }
        finally
        {
            emulator.Faults.Latency = TimeSpan.Zero;
        }

        var list = await fixture.RunAsync(journal, "jobs", "list", "--output", "json");
        using var jobs = JsonDocument.Parse(list.Out);
        var job = Assert.Single(jobs.RootElement.GetProperty("jobs").EnumerateArray());
        var resume = await fixture.RunAsync(journal, "jobs", "resume", job.GetProperty("id").GetString()!);

        Assert.Equal(ExitCodes.Cancelled, exit);
        Assert.Contains("jobs resume", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("cancelled", job.GetProperty("status").GetString());
        Assert.InRange(job.GetProperty("applied").GetInt32(), 50, 149);
        resume.ShouldExitWith(ExitCodes.Done);
        Assert.True(before.Union(newcomers.Select(u => u.Id)).ToHashSet().SetEquals(emulator.State.GetGroupMemberIds(group.Id)));
    }
}
