using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;
using GenesysCloud.Emulator;

namespace GenesysCloud.Cli.Tests.Commands;

/// <summary><c>gcutil doctor</c> against emulators of its own (the shared fixture has the rate limit, and so its headers, off).</summary>
public sealed class DoctorCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gcutil-doctor-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Doctor_OrgFollowingTheFacts_PrintsTheTableAndExitsWith0()
    {
        await using var emulator = await StartAsync(rateLimit: 10_000);

        var run = await RunAsync(emulator);

        run.ShouldExitWith(ExitCodes.Done);
        Assert.Contains("Page size 500 on GET /api/v2/users", run.Out, StringComparison.Ordinal);
        Assert.Contains("What it means", run.Out, StringComparison.Ordinal);
        Assert.Contains("No check failed.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_OrgWithoutRateLimitHeaders_ExitsWith1AndSaysWhatItMeans()
    {
        await using var emulator = await StartAsync(rateLimit: 0);

        var run = await RunAsync(emulator);

        run.ShouldExitWith(ExitCodes.PartlyFailed);
        Assert.Contains("FAIL", run.Out, StringComparison.Ordinal);
        Assert.Contains("no usable inin-ratelimit-allowed header", run.Out, StringComparison.Ordinal);
        Assert.Contains("Some checks failed.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_JsonOutput_PrintsOneDocumentWhoseVerdictMatchesTheExitCode()
    {
        await using var emulator = await StartAsync(rateLimit: 10_000, o => o.ListPageSizeCap = 100);

        var run = await RunAsync(emulator, "--output", "json");

        run.ShouldExitWith(ExitCodes.PartlyFailed);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("doctor", root.GetProperty("command").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("counts").GetProperty("fail").GetInt32(), results.Count(r => r.GetProperty("status").GetString() == "fail"));
        var users = results.Single(r => r.GetProperty("id").GetString() == "page-size.users");
        Assert.Equal("fail", users.GetProperty("status").GetString());
        Assert.StartsWith("pageSize 500 refused: 400", users.GetProperty("observed").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(users.GetProperty("meaning").GetString()));
        Assert.InRange(root.GetProperty("calls").GetInt64(), 20, 45);
    }

    [Fact]
    public async Task Doctor_OrgIgnoringTheSkillsExpand_WarnsWithTheCostAndStillExitsWith0()
    {
        await using var emulator = await StartAsync(rateLimit: 10_000, o => o.IgnoredUserExpands.Add("skills"));

        var run = await RunAsync(emulator, "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        var skills = results["users.expand-skills"];
        Assert.Equal("warn", skills.GetProperty("status").GetString());
        Assert.Contains("more calls", skills.GetProperty("meaning").GetString(), StringComparison.Ordinal);
        Assert.Equal("pass", results["users.expand-languages"].GetProperty("status").GetString());
        Assert.Equal("pass", results["rate-limit.reset"].GetProperty("status").GetString());
        Assert.Equal("pass", results["rate-limit.token-window"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Doctor_Sandbox_ChecksTheDemoOrgWithoutCredentials()
    {
        var run = await CliRun.InvokeAsync("doctor", "--sandbox", "--output", "json", "--config", Path.Combine(_folder, "none.json"));

        using var json = JsonDocument.Parse(run.Out);
        var passed = json.RootElement.GetProperty("passed").GetBoolean();
        run.ShouldExitWith(passed ? ExitCodes.Done : ExitCodes.PartlyFailed);
        var ids = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("group.individuals-differ", ids);
        Assert.Contains("permissions.group-manager", ids);
    }

    private static Task<GenesysEmulator> StartAsync(int rateLimit, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Users = 200, Groups = 8, Queues = 5, Conversations = 50, RateLimitPerMinute = rateLimit };
        configure?.Invoke(options);
        return GenesysEmulator.StartAsync(options);
    }

    private async Task<CliRun> RunAsync(GenesysEmulator emulator, params string[] extra)
    {
        var config = Path.Combine(_folder, $"config-{Guid.NewGuid():N}.json");
        await EmulatorConfigFile.WriteAsync(emulator, config);
        return await CliRun.InvokeAsync(["doctor", "--config", config, .. extra]);
    }
}
