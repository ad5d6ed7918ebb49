using GenesysCloud.Web.Configuration;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Connection;

/// <summary>
/// The web app's view of <see cref="CredentialResolver"/>: ASP.NET Core configuration (environment variables,
/// user-secrets) as the environment, then <c>config.json</c> in the working directory or at the configured path.
/// The secret stays in memory and is never logged.
/// </summary>
public sealed class CredentialSource(IConfiguration configuration, IOptions<ConnectionSettings> settings)
{
    /// <summary>The configured credentials, none, or why they cannot be used (mixed sources, bad host, bad file).</summary>
    public CredentialLookup Find()
    {
        try
        {
            return CredentialResolver.Resolve(settings.Value.ConfigPath, key => configuration[key]) is { } resolved
                ? new CredentialLookup(resolved.Config, null, resolved.Origin)
                : CredentialLookup.None;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or IOException)
        {
            return new CredentialLookup(null, $"The configured credentials cannot be used: {ex.Message}", null);
        }
    }
}
