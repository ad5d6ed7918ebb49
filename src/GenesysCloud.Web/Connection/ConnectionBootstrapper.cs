using GenesysCloud.Utilities;
using GenesysCloud.Web.Configuration;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Connection;

/// <summary>
/// Connects a new session once: configured credentials (environment, then <c>config.json</c>);
/// otherwise the sandbox org when <see cref="SandboxMode"/> allows; otherwise the user connects by hand.
/// </summary>
public sealed class ConnectionBootstrapper(
    GenesysConnection connection,
    CredentialSource credentials,
    SandboxHost sandbox,
    IOptions<ConnectionSettings> settings)
{
    private bool _started;

    /// <summary>Why the automatic connection failed, for the home page; null when it did not fail.</summary>
    public string? Problem { get; private set; }

    /// <summary>Connects the session the first time it is called; later calls do nothing.</summary>
    public async Task RunOnceAsync(CancellationToken ct = default)
    {
        if (_started || connection.IsConnected)
        {
            return;
        }

        _started = true;
        var mode = settings.Value.Sandbox;
        if (mode == SandboxMode.Always)
        {
            await OpenSandboxAsync(ct);
            return;
        }

        var lookup = credentials.Find();
        if (lookup.Config is { } config)
        {
            var result = await connection.ConnectAsync(config, ct: ct);
            Problem = result.Success ? null : $"Connecting with the credentials from {lookup.Origin} failed: {result.Message}";
        }
        else if (lookup.Problem is not null)
        {
            Problem = lookup.Problem;
        }
        else if (mode == SandboxMode.Auto)
        {
            await OpenSandboxAsync(ct);
        }
    }

    /// <summary>Starts (or reuses) the in-process emulator and connects the session to it.</summary>
    public async Task<ConnectResult> OpenSandboxAsync(CancellationToken ct = default)
    {
        try
        {
            var config = await sandbox.GetConfigAsync(ct);
            var result = await connection.ConnectAsync(config, isSandbox: true, label: "Sandbox org", ct: ct);
            Problem = result.Success ? null : $"Opening the sandbox org failed: {result.Message}";
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Problem = $"The sandbox org could not start: {ex.Message}";
            return new ConnectResult(false, Problem);
        }
    }
}
