using GenesysCloud.Cli.Tests.Support;
using GenesysCloud.Emulator;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Cli.Tests.Conversations;

/// <summary>An emulator whose org has stuck conversations, and a config.json pointing gcutil at it.</summary>
public sealed class ConversationOrgFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gcutil-conversations-").FullName;

    public GenesysEmulator Emulator { get; private set; } = null!;

    public string ConfigPath => Path.Combine(_folder, "config.json");

    public async Task InitializeAsync()
    {
        Emulator = await GenesysEmulator.StartAsync(new EmulatorOptions
        {
            Users = 120, Queues = 4, Conversations = 300, StuckConversations = 40, RateLimitPerMinute = 0,
        });
        await EmulatorConfigFile.WriteAsync(Emulator, ConfigPath);
    }

    public async Task DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    public string NewPath(string extension) => Path.Combine(_folder, $"{Guid.NewGuid():N}.{extension}");

    /// <summary>Stuck as gcutil's defaults see them: no end, started 12 hours to 30 days ago.</summary>
    public List<EmulatorConversation> Stuck()
    {
        var now = DateTimeOffset.UtcNow;
        return [.. Emulator.State.Conversations.Where(c => !c.IsEnded && c.StartTime < now.AddHours(-12) && c.StartTime >= now.AddDays(-30))];
    }

    public async Task<CliRun> RunAsync(TextReader? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(stdout, stderr, IsInteractive: false) { In = stdin ?? TextReader.Null };
        var exit = await CliApplication.RunAsync([.. args, "--config", ConfigPath, "--journal", NewPath("db")], environment);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);
}
