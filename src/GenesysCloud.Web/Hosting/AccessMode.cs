namespace GenesysCloud.Web.Hosting;

/// <summary>How people get into the app.</summary>
public enum AccessMode
{
    /// <summary>Everyone signs in with Genesys Cloud (authorization code + PKCE) and acts with their own token.</summary>
    SignIn,

    /// <summary>Everyone signs in to the in-process sandbox org as one of its demo people.</summary>
    SandboxSignIn,

    /// <summary>One admin on their own machine: the org's client credentials (environment, config.json or the form), no sign-in.</summary>
    ClientCredentials,
}
