using GenesysCloud.Web.Connection;
using GenesysCloud.Web.Hosting;

namespace GenesysCloud.Web.SignIn;

/// <summary>Where people sign in: the configured Genesys Cloud org, or the sandbox emulator (started on first use).</summary>
public sealed class SignInTarget(AccessPolicy policy, SandboxHost sandbox)
{
    /// <summary>Path on this app that forwards to the sandbox emulator's sign-in page, so it works on any address.</summary>
    public const string SandboxLoginPath = "/sandbox-login";

    /// <summary>True when people sign in to the sandbox org.</summary>
    public bool IsSandbox => policy.Mode == AccessMode.SandboxSignIn;

    /// <summary>The sign-in client and the org's hosts.</summary>
    public async Task<GenesysConfig> GetClientAsync(CancellationToken ct = default) =>
        IsSandbox ? await sandbox.GetSignInClientAsync(ct) : policy.SignInClient!;

    /// <summary>What the app bar shows for the org.</summary>
    public string LabelFor(GenesysConfig client) =>
        IsSandbox ? "Sandbox org" : client.ApiBaseUrl is { } url ? url.Authority : client.Region;
}
