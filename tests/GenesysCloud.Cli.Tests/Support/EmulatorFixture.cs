using GenesysCloud.Emulator;

namespace GenesysCloud.Cli.Tests.Support;

/// <summary>
/// One in-process emulator for the command tests (small org, no rate limit) and a config.json that points
/// gcutil at it. The emulator's state and request log are what the tests assert on.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gcutil-tests-").FullName;

    public GenesysEmulator Emulator { get; private set; } = null!;

    public string ConfigPath => Path.Combine(_folder, "config.json");

    public async Task InitializeAsync()
    {
        Emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 200, Conversations = 0, RateLimitPerMinute = 0 });
        await EmulatorConfigFile.WriteAsync(Emulator, ConfigPath);
    }

    public async Task DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A journal file of its own for one test.</summary>
    public string NewJournalPath() => Path.Combine(_folder, $"jobs-{Guid.NewGuid():N}.db");

    /// <summary>Runs gcutil in-process against the emulator with the given journal.</summary>
    public Task<CliRun> RunAsync(string journalPath, params string[] args) =>
        CliRun.InvokeAsync([.. args, "--config", ConfigPath, "--journal", journalPath]);

    /// <summary>Runs gcutil in-process as if a person watched it in a terminal.</summary>
    public Task<CliRun> RunInteractiveAsync(string journalPath, params string[] args) =>
        CliRun.InvokeAsync(interactive: true, [.. args, "--config", ConfigPath, "--journal", journalPath]);
}
