namespace GenesysCloud.Web.Configuration;

/// <summary>The <c>Connection</c> configuration section.</summary>
public sealed class ConnectionSettings
{
    public const string SectionName = "Connection";

    /// <summary>A session with no activity for this long is disconnected.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The optional credentials file (git-ignored), read after environment variables.</summary>
    public string ConfigPath { get; set; } = "config.json";

    /// <summary>When sessions open the sandbox org by themselves.</summary>
    public SandboxMode Sandbox { get; set; } = SandboxMode.Auto;
}
