using GenesysCloud.Bulk;
using GenesysCloud.Cli.Commands;
using GenesysCloud.Emulator;

namespace GenesysCloud.Cli.Connection;

/// <summary>
/// The org one invocation works on: a real org from the environment or config.json, or the sandbox
/// emulator. Credentials are checked once up front so that a bad id or secret is reported as bad input.
/// </summary>
public sealed class CliConnection : IAsyncDisposable
{
    private readonly GenesysEmulator? _sandbox;

    private CliConnection(GenesysConfig config, BulkConnection bulk, GenesysEmulator? sandbox)
    {
        Config = config;
        Bulk = bulk;
        _sandbox = sandbox;
    }

    public GenesysConfig Config { get; }

    /// <summary>The engine's connection: rate-limited clients and the user directory cache.</summary>
    public BulkConnection Bulk { get; }

    /// <summary>A client for reads such as finding the target.</summary>
    public GenesysCloudApi Api => Bulk.Api;

    /// <summary>For the sandbox: a few names and emails of its demo org, so that a first try can succeed.</summary>
    public string? SandboxHint => _sandbox?.State is { } org
        ? $"Sandbox: an in-process emulator with a demo org; nothing real is changed. It has groups such as "
          + $"{Names(org.Groups.Select(g => g.Name))}, queues such as {Names(org.Queues.Select(q => q.Name))}, "
          + $"skills such as {Names(org.Skills.Select(k => k.Name))} and users such as {Names(org.Users.Select(u => u.Email))}."
        : null;

    public static async Task<CliConnection> OpenAsync(CliSettings settings, CancellationToken ct)
    {
        GenesysEmulator? sandbox = null;
        try
        {
            GenesysConfig config;
            if (settings.Sandbox)
            {
                sandbox = await GenesysEmulator.StartAsync(new EmulatorOptions(), ct);
                config = new GenesysConfig(sandbox.ClientId, sandbox.ClientSecret)
                {
                    ApiBaseUrl = sandbox.BaseUrl,
                    AuthBaseUrl = sandbox.BaseUrl,
                };
            }
            else
            {
                config = LoadConfig(settings.ConfigPath);
            }

            var (success, message) = await new GenesysAuth(config).AuthenticateAsync();
            if (!success)
                throw new CliInputException(message);
            return new CliConnection(config, BulkConnection.Create(config, new BulkConnectionOptions { Tokens = settings.Tokens }), sandbox);
        }
        catch
        {
            if (sandbox is not null)
                await sandbox.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Bulk.Dispose();
        if (_sandbox is not null)
            await _sandbox.DisposeAsync();
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Take(3).Select(n => $"'{n}'"));

    private static GenesysConfig LoadConfig(string configPath)
    {
        GenesysConfig? config;
        try
        {
            config = GenesysConfig.Load(configPath);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException)
        {
            throw new CliInputException($"Configuration: {ex.Message}", ex);
        }

        return config ?? throw new CliInputException(
            "No credentials: set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (and GENESYS_REGION), "
            + $"or put clientId/clientSecret in {Path.GetFullPath(configPath)} (--config), or use --sandbox.");
    }
}
