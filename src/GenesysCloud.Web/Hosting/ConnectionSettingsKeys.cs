using GenesysCloud.Web.Configuration;

namespace GenesysCloud.Web.Hosting;

/// <summary>Configuration keys that have a second, shorter spelling.</summary>
public static class ConnectionSettingsKeys
{
    public const string Sandbox = $"{ConnectionSettings.SectionName}:{nameof(ConnectionSettings.Sandbox)}";

    /// <summary>Environment switch equivalent to <c>--sandbox</c>.</summary>
    public const string SandboxEnvironmentVariable = "GENESYS_SANDBOX";
}
