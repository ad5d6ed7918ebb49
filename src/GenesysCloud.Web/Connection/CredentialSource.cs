using GenesysCloud.Web.Configuration;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Connection;

/// <summary>
/// Finds configured credentials: ASP.NET Core configuration (environment variables, user-secrets)
/// first, then the <c>config.json</c> file. The secret stays in memory and is never logged.
/// </summary>
public sealed class CredentialSource(IConfiguration configuration, IOptions<ConnectionSettings> settings)
{
    private const string ClientIdKey = "GENESYS_CLIENT_ID";
    private const string ClientSecretKey = "GENESYS_CLIENT_SECRET";
    private const string RegionKey = "GENESYS_REGION";
    private const string ApiUrlKey = "GENESYS_API_URL";
    private const string AuthUrlKey = "GENESYS_AUTH_URL";

    /// <summary>The configured credentials, none, or why they cannot be used (unknown region, bad URL, bad file).</summary>
    public CredentialLookup Find()
    {
        try
        {
            var id = configuration[ClientIdKey];
            var secret = configuration[ClientSecretKey];
            if (!string.IsNullOrWhiteSpace(id) && !string.IsNullOrWhiteSpace(secret))
            {
                var region = configuration[RegionKey];
                return new CredentialLookup(
                    new GenesysConfig(id, secret, string.IsNullOrWhiteSpace(region) ? "mypurecloud.com" : region)
                    {
                        ApiBaseUrl = ParseUrl(configuration[ApiUrlKey], ApiUrlKey),
                        AuthBaseUrl = ParseUrl(configuration[AuthUrlKey], AuthUrlKey),
                    },
                    null,
                    "environment");
            }

            var path = LocateConfigFile(settings.Value.ConfigPath);
            return GenesysConfig.Load(path) is { } fromFile
                ? new CredentialLookup(fromFile, null, path)
                : CredentialLookup.None;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or IOException)
        {
            return new CredentialLookup(null, $"The configured credentials cannot be used: {ex.Message}", null);
        }
    }

    /// <summary>
    /// A relative path is looked up in the working directory and then up to three parents, so a
    /// config.json at the repository root is found by `dotnet run --project src/GenesysCloud.Web`
    /// (which runs in the project directory), as it is by the CLI.
    /// </summary>
    private static string LocateConfigFile(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        for (var level = 0; level <= 3 && directory is not null; level++, directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }

    private static Uri? ParseUrl(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri
        : throw new ArgumentException($"{key} '{value}' is not an absolute http(s) URL.", key);
}
