namespace GenesysCloud.Web.Configuration;

/// <summary>When a session connects to the in-process sandbox org by itself.</summary>
public enum SandboxMode
{
    /// <summary>Only when no credentials are configured (the default: a fresh machine opens the sandbox).</summary>
    Auto,

    /// <summary>Always, even when credentials are configured (<c>GENESYS_SANDBOX=1</c> or <c>--sandbox</c>).</summary>
    Always,

    /// <summary>Never by itself; the home page still offers "Open sandbox org".</summary>
    Off,
}
