using GenesysCloud.Web.Configuration;

namespace GenesysCloud.Web.Hosting;

/// <summary>
/// The safe mode the app runs in, decided once at start-up: sign-in whenever it is configured; the sandbox
/// signs in through its emulator; client credentials only on loopback, or where
/// <c>GENESYS_TRUSTED_NETWORK=1</c> says the network is trusted (then logged and shown in the banner).
/// </summary>
/// <param name="Mode">How people get in.</param>
/// <param name="SignInClient">The Code Authorization client and org hosts (<see cref="AccessMode.SignIn"/> only).</param>
/// <param name="TrustedNetwork">Client credentials off loopback because the setting says the network is trusted.</param>
/// <param name="Urls">The addresses the app listens on.</param>
public sealed record AccessPolicy(AccessMode Mode, GenesysConfig? SignInClient, bool TrustedNetwork, IReadOnlyList<string> Urls)
{
    /// <summary>The switch that allows client credentials off loopback.</summary>
    public const string TrustedNetworkVariable = "GENESYS_TRUSTED_NETWORK";

    /// <summary>True when people sign in (with Genesys Cloud or to the sandbox).</summary>
    public bool RequiresSignIn => Mode != AccessMode.ClientCredentials;

    /// <summary>Decides the mode, or throws <see cref="StartupRefusedException"/> with the one line to print.</summary>
    public static AccessPolicy Decide(IConfiguration configuration, SandboxMode sandbox, bool clientCredentialsConfigured)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = ListenAddresses.From(configuration);
        GenesysConfig? signIn;
        try
        {
            signIn = CredentialResolver.ResolveSignIn(key => configuration[key]);
        }
        catch (ArgumentException ex)
        {
            throw new StartupRefusedException($"Cannot start: the sign-in client cannot be used: {ex.Message}");
        }

        if (sandbox == SandboxMode.Always || (signIn is null && sandbox == SandboxMode.Auto && !clientCredentialsConfigured))
            return new AccessPolicy(AccessMode.SandboxSignIn, null, false, urls);
        if (signIn is not null)
            return new AccessPolicy(AccessMode.SignIn, signIn, false, urls);
        if (ListenAddresses.AreLoopbackOnly(urls))
            return new AccessPolicy(AccessMode.ClientCredentials, null, false, urls);
        if (IsOn(configuration[TrustedNetworkVariable]))
            return new AccessPolicy(AccessMode.ClientCredentials, null, true, urls);
        throw new StartupRefusedException(
            $"Cannot start: listening on {string.Join(", ", urls.Where(u => !ListenAddresses.IsLoopback(u)))} without sign-in would let anyone " +
            "who reaches it act as the org's OAuth client. Set GENESYS_SIGNIN_CLIENT_ID and GENESYS_SIGNIN_CLIENT_SECRET (README: Deploying " +
            $"for a team), listen on 127.0.0.1 only, or set {TrustedNetworkVariable}=1 if only trusted people can reach this network.");
    }

    /// <summary>True for 1, true or yes.</summary>
    public static bool IsOn(string? value) =>
        value?.Trim() is { } v && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("yes", StringComparison.OrdinalIgnoreCase));
}
