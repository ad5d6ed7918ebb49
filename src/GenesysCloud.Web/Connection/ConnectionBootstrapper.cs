using GenesysCloud.Utilities;
using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Hosting;
using GenesysCloud.Web.SignIn;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Connection;

/// <summary>
/// Connects a new session once. Where people sign in: as the signed-in person, with their own token. Otherwise
/// (client credentials on loopback): configured credentials (environment, else <c>config.json</c>), else the
/// sandbox org when <see cref="SandboxMode"/> allows, else the user connects by hand.
/// </summary>
public sealed class ConnectionBootstrapper(
    GenesysConnection connection,
    CredentialSource credentials,
    SandboxHost sandbox,
    IOptions<ConnectionSettings> settings,
    AccessPolicy policy,
    SignedInSessions sessions,
    AuthenticationStateProvider authentication) : IDisposable
{
    private bool _started;
    private CancellationTokenRegistration _signedOut;

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
        if (policy.RequiresSignIn)
        {
            await ConnectSignedInAsync();
            return;
        }

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

    public void Dispose() => _signedOut.Dispose();

    private async Task ConnectSignedInAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (sessions.Find(SignInClaims.SessionIdOf(state.User)) is not { } session)
        {
            Problem = "Your sign-in has ended. Reload the page to sign in again.";
            return;
        }

        connection.ConnectSignedIn(session.Auth, GenesysOAuthHandler.PersonOf(session.User), session.User.Permissions, session.IsSandbox, session.OrgLabel);
        // Signing out in one tab ends the session in all of them.
        _signedOut = session.Ended.Register(() => connection.Disconnect("You signed out. Reload the page to sign in again."));
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
