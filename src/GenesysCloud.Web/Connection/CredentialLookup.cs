namespace GenesysCloud.Web.Connection;

/// <summary>Result of <see cref="CredentialSource.Find"/>.</summary>
/// <param name="Config">Usable credentials, or null.</param>
/// <param name="Problem">Why configured credentials cannot be used, or null.</param>
/// <param name="Origin">Where the credentials came from ("environment" or the file path).</param>
public sealed record CredentialLookup(GenesysConfig? Config, string? Problem, string? Origin)
{
    public static CredentialLookup None { get; } = new(null, null, null);

    /// <summary>True when credentials (usable or not) are configured.</summary>
    public bool IsConfigured => Config is not null || Problem is not null;
}
