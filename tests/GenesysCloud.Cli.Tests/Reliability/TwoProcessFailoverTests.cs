using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenesysCloud.Cli.Tests.Support;
using GenesysCloud.Emulator;
using GenesysCloud.Testing;

namespace GenesysCloud.Cli.Tests.Reliability;

/// <summary>
/// Two gcutil processes on one PostgreSQL journal: the first runs a job and is killed mid-job; the second, started
/// while the first still ran, is refused the job, waits on its lease (short here: <c>--lease-seconds 2</c>) and,
/// once the dead process's lease runs out, finishes it. Membership ends exact and each change is sent once
/// (the emulator's request log). Skipped without PostgreSQL, required in CI.
/// </summary>
public sealed partial class TwoProcessFailoverTests : IAsyncLifetime
{
    private const int Users = 500;
    private const string GroupMembersRoute = "/api/v2/groups/{groupId}/members";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly string _folder = Directory.CreateTempSubdirectory("gcutil-failover-").FullName;
    private readonly PostgresTestServer _postgres = new();
    private GenesysEmulator _emulator = null!;

    private string ConfigPath => Path.Combine(_folder, "config.json");

    public async Task InitializeAsync()
    {
        _emulator = await GenesysEmulator.StartAsync(new EmulatorOptions
        {
            Users = 1000,
            Conversations = 0,
            RateLimitPerMinute = 0,
            Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(250) },
        });
        await EmulatorConfigFile.WriteAsync(_emulator, ConfigPath);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _postgres.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [SkippableFact]
    public async Task GroupsAddMembers_ProcessKilledMidJob_SecondProcessWaitingOnTheLeaseFinishesItSendingEachChangeOnce()
    {
        var journal = await _postgres.CreateDatabaseAsync();
        var group = OrgPicks.Group(_emulator, 0);
        var before = _emulator.State.GetGroupMemberIds(group.Id);
        var versionBefore = _emulator.State.GetGroupVersion(group.Id);
        // Nobody the group already reaches (owners, rule members): how those are treated is not this test's subject.
        var reach = _emulator.State.GetGroupReachIds(group.Id);
        var newcomers = _emulator.State.Users.Where(u => !reach.Contains(u.Id)).Take(Users).ToList();
        var csv = Path.Combine(_folder, "users.csv");
        await File.WriteAllTextAsync(csv, "email\n" + string.Join("\n", newcomers.Select(u => u.Email)) + "\n");
        _emulator.Requests.Clear();

        using var first = GcutilProcess.Start(_emulator,
            "groups", "add-members", "--group", group.Id, "--file", csv, "--journal", journal, "--lease-seconds", "2", "--progress");
        var firstLog = await WaitForMidJobAsync(first);
        var jobId = await OnlyJobIdAsync(journal);

        var refused = await CliRun.InvokeAsync("jobs", "resume", jobId, "--journal", journal, "--config", ConfigPath);
        using var second = GcutilProcess.Start(_emulator, "jobs", "resume", jobId, "--wait", "--journal", journal, "--lease-seconds", "2");
        var secondLog = new ConcurrentQueue<string>();
        second.ErrorLine += secondLog.Enqueue;
        await first.KillAsync();
        var addedBeforeKill = _emulator.State.GetGroupMemberIds(group.Id).Count - before.Count;
        var secondExit = await second.WaitForExitAsync(Patience);

        refused.ShouldExitWith(ExitCodes.Busy);
        Assert.Matches($@"Job {jobId} is running on gcutil on .+ \(pid \d+\) \(its lease runs until", Flatten(refused.Error));
        Assert.True(secondExit == ExitCodes.Done, $"second gcutil exited with {secondExit}:\n{string.Join("\n", secondLog)}\nfirst:\n{string.Join("\n", firstLog)}");
        Assert.InRange(addedBeforeKill, 1, Users - 1);
        var expected = before.Union(newcomers.Select(u => u.Id)).ToHashSet();
        Assert.True(expected.SetEquals(_emulator.State.GetGroupMemberIds(group.Id)));
        var batches = (Users + 49) / 50;
        Assert.Equal(batches, AcceptedAdds());
        Assert.Equal(versionBefore + batches, _emulator.State.GetGroupVersion(group.Id));
        var show = await CliRun.InvokeAsync("jobs", "show", jobId, "--output", "json", "--journal", journal);
        using var report = JsonDocument.Parse(show.ShouldExitWith(ExitCodes.Done).Out);
        Assert.Equal("completed", report.RootElement.GetProperty("status").GetString());
    }

    /// <summary>Waits for the process's progress line after two batches, and returns what it printed.</summary>
    private static async Task<ConcurrentQueue<string>> WaitForMidJobAsync(GcutilProcess process)
    {
        var midJob = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new ConcurrentQueue<string>();
        process.ErrorLine += line =>
        {
            log.Enqueue(line);
            if (ProgressLine().Match(line) is { Success: true } m
                && int.Parse(m.Groups["done"].Value) >= 100 && int.Parse(m.Groups["done"].Value) < int.Parse(m.Groups["total"].Value))
                midJob.TrySetResult();
        };

        try
        {
            await midJob.Task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            Assert.Fail("gcutil never reported progress mid-job. Its stderr:\n" + string.Join("\n", log));
        }

        return log;
    }

    private static async Task<string> OnlyJobIdAsync(string journal)
    {
        var list = await CliRun.InvokeAsync("jobs", "list", "--output", "json", "--journal", journal);
        using var jobs = JsonDocument.Parse(list.ShouldExitWith(ExitCodes.Done).Out);
        var job = Assert.Single(jobs.RootElement.GetProperty("jobs").EnumerateArray());
        Assert.Equal("running", job.GetProperty("status").GetString());
        return job.GetProperty("id").GetString()!;
    }

    /// <summary>
    /// Member adds the emulator made: 202 Accepted, and 499 for the batch the kill cut off, which the emulator made on arrival
    /// (as a real service does) though its answer never reached the killed process.
    /// </summary>
    private int AcceptedAdds() => _emulator.Requests.Entries
        .Count(e => e.Method == "POST" && e.RouteTemplate == GroupMembersRoute && e.StatusCode is 202 or ClientClosedRequest);

    /// <summary>How the emulator logs a request whose client went away before its answer.</summary>
    private const int ClientClosedRequest = 499;

    /// <summary>stderr as one line (the console wraps long messages).</summary>
    private static string Flatten(string text) => Regex.Replace(text, @"\s+", " ");

    [GeneratedRegex(@"^progress: (?<done>\d+)/(?<total>\d+) items")]
    private static partial Regex ProgressLine();
}
