using System.Text.Json;
using System.Text.RegularExpressions;
using GenesysCloud.Cli.Tests.Support;
using GenesysCloud.Emulator;

namespace GenesysCloud.Cli.Tests.Reliability;

/// <summary>
/// A gcutil process killed mid-job, then <c>jobs resume --wait</c> (which waits for the dead process's lease,
/// one second here, to run out): the membership ends exactly as requested and no item is sent twice. The emulator runs in this test process (so its state survives the kill) with latency,
/// so that there is time to kill between batches.
/// </summary>
public sealed partial class KillAndResumeTests : IAsyncLifetime
{
    private const int Users = 500;
    private const string GroupMembersRoute = "/api/v2/groups/{groupId}/members";

    /// <summary>How the emulator logs a request whose client went away before its answer.</summary>
    private const int ClientClosedRequest = 499;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly string _folder = Directory.CreateTempSubdirectory("gcutil-kill-").FullName;
    private GenesysEmulator _emulator = null!;

    private string JournalPath => Path.Combine(_folder, "jobs.db");

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
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task GroupsAddMembers_ProcessKilledMidJob_ResumeEndsWithExactMembershipAndEachBatchSentOnce()
    {
        var group = OrgPicks.Group(_emulator, 0);
        var before = _emulator.State.GetGroupMemberIds(group.Id);
        var versionBefore = _emulator.State.GetGroupVersion(group.Id);
        var newcomers = OrgPicks.NonMembers(_emulator, group.Id, Users);
        var csv = WriteCsv(newcomers.Select(u => u.Email));
        _emulator.Requests.Clear();

        await RunUntilKilledAsync("groups", "add-members", "--group", group.Id, "--file", csv);
        var addedBeforeKill = _emulator.State.GetGroupMemberIds(group.Id).Count - before.Count;
        var resume = await ResumeOnlyJobAsync();

        Assert.InRange(addedBeforeKill, 1, Users - 1);
        Assert.Equal(ExitCodes.Done, resume.ExitCode);
        var expected = before.Union(newcomers.Select(u => u.Id)).ToHashSet();
        Assert.True(expected.SetEquals(_emulator.State.GetGroupMemberIds(group.Id)));
        var batches = (Users + 49) / 50;
        Assert.Equal(versionBefore + batches, _emulator.State.GetGroupVersion(group.Id));
        Assert.Equal(batches, AcceptedRequests("POST").Count);
    }

    [Fact]
    public async Task GroupsRemoveMembers_ProcessKilledMidJob_ResumeRemovesEachMemberExactlyOnce()
    {
        var group = OrgPicks.Group(_emulator, 1);
        var leavers = OrgPicks.NonMembers(_emulator, group.Id, Users);
        _emulator.State.AddGroupMembers(group.Id, leavers.Select(u => u.Id));
        var before = _emulator.State.GetGroupMemberIds(group.Id);
        var csv = WriteCsv(leavers.Select(u => u.Email));
        _emulator.Requests.Clear();

        await RunUntilKilledAsync("groups", "remove-members", "--group", group.Id, "--file", csv);
        var removedBeforeKill = before.Count - _emulator.State.GetGroupMemberIds(group.Id).Count;
        var resume = await ResumeOnlyJobAsync();

        Assert.InRange(removedBeforeKill, 1, Users - 1);
        Assert.Equal(ExitCodes.Done, resume.ExitCode);
        var expected = before.Except(leavers.Select(u => u.Id)).ToHashSet();
        Assert.True(expected.SetEquals(_emulator.State.GetGroupMemberIds(group.Id)));
        var removedIds = AcceptedRequests("DELETE").SelectMany(DeletedIds).ToList();
        Assert.Equal(Users, removedIds.Count);
        Assert.True(removedIds.ToHashSet().SetEquals(leavers.Select(u => u.Id)));
    }

    /// <summary>Starts gcutil, waits for its second progress line (two batches applied), then kills it.</summary>
    private async Task RunUntilKilledAsync(params string[] args)
    {
        var midJob = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var process = GcutilProcess.Start(_emulator, [.. args, "--journal", JournalPath, "--progress", "--lease-seconds", "1"]);
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

        await process.KillAsync();
    }

    private async Task<CliRun> ResumeOnlyJobAsync()
    {
        var list = await CliRun.InvokeAsync("jobs", "list", "--output", "json", "--journal", JournalPath);
        using var jobs = JsonDocument.Parse(list.Out);
        var job = Assert.Single(jobs.RootElement.GetProperty("jobs").EnumerateArray());
        Assert.Equal("running", job.GetProperty("status").GetString());
        return await CliRun.InvokeAsync(
            "jobs", "resume", job.GetProperty("id").GetString()!, "--wait", "--journal", JournalPath, "--config", ConfigPath);
    }

    /// <summary>
    /// Member changes the emulator made: 202 Accepted, and 499 for the batch the kill cut off, which the emulator made on
    /// arrival (as a real service does) though its answer never reached the killed process.
    /// </summary>
    private List<RequestLogEntry> AcceptedRequests(string method) =>
        _emulator.Requests.Entries
            .Where(e => e.Method == method && e.RouteTemplate == GroupMembersRoute && e.StatusCode is 202 or ClientClosedRequest)
            .ToList();

    private static IEnumerable<string> DeletedIds(RequestLogEntry entry)
    {
        var query = entry.Path[(entry.Path.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var ids = query.Split('&').Select(Uri.UnescapeDataString).Single(p => p.StartsWith("ids=", StringComparison.Ordinal));
        return ids["ids=".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries);
    }

    private string WriteCsv(IEnumerable<string> emails)
    {
        var path = Path.Combine(_folder, $"users-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "email\n" + string.Join("\n", emails) + "\n");
        return path;
    }

    [GeneratedRegex(@"^progress: (?<done>\d+)/(?<total>\d+) items")]
    private static partial Regex ProgressLine();
}
