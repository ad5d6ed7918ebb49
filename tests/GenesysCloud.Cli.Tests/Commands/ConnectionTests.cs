using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;
using GenesysCloud.Emulator;

namespace GenesysCloud.Cli.Tests.Commands;

[Collection(EmulatorCollection.Name)]
public sealed class ConnectionTests(EmulatorFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gcutil-conn-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task GroupsAddMembers_WrongSecret_ExitsWithBadInputAndNeverPrintsTheSecret()
    {
        const string secret = "wrong-secret-7f3a9c";
        var config = Path.Combine(_folder, "config.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            clientId = fixture.Emulator.ClientId,
            clientSecret = secret,
            apiUrl = fixture.Emulator.BaseUrl.ToString(),
            authUrl = fixture.Emulator.BaseUrl.ToString(),
        }));

        var run = await CliRun.InvokeAsync(
            "groups", "add-members", "--group", "Any", "--emails", "a@example.com", "--config", config,
            "--journal", Path.Combine(_folder, "jobs.db"));

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("Authentication failed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsAddMembers_SandboxDryRun_PlansAgainstTheSeededDemoOrg()
    {
        await using var twin = await GenesysEmulator.StartAsync(new EmulatorOptions { Conversations = 0, RateLimitPerMinute = 0 });
        var group = OrgPicks.Group(twin, 0);
        var newcomers = OrgPicks.NonMembers(twin, group.Id, 2);

        var run = await CliRun.InvokeAsync(
            "groups", "add-members", "--sandbox", "--dry-run", "--output", "json", "--group", group.Name,
            "--emails", OrgPicks.Emails(newcomers), "--journal", Path.Combine(_folder, "jobs.db"));

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(group.Id, json.RootElement.GetProperty("target").GetProperty("id").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("willChange").GetInt32());
        Assert.Contains("Sandbox", run.Error, StringComparison.Ordinal);
    }
}
