using System.Text.Json;

namespace GenesysCloud;

/// <summary>Reads config.json and environment variables; environment wins per key.</summary>
internal static class ConfigLoader
{
    internal const string ClientIdVariable = "GENESYS_CLIENT_ID";
    internal const string ClientSecretVariable = "GENESYS_CLIENT_SECRET";
    internal const string RegionVariable = "GENESYS_REGION";
    internal const string ApiUrlVariable = "GENESYS_API_URL";
    internal const string AuthUrlVariable = "GENESYS_AUTH_URL";

    internal static GenesysConfig? Load(string configPath, Func<string, string?> environment)
    {
        var file = ReadFile(configPath);
        string? Pick(string variable, params string[] keys)
        {
            var fromEnv = environment(variable);
            if (!string.IsNullOrWhiteSpace(fromEnv))
                return fromEnv.Trim();
            foreach (var key in keys)
            {
                if (file.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
                    return value.Trim();
            }
            return null;
        }

        var id = Pick(ClientIdVariable, "clientid");
        var secret = Pick(ClientSecretVariable, "clientsecret");
        if (id is null || secret is null)
            return null;
        var region = Pick(RegionVariable, "region", "environment") ?? "mypurecloud.com";
        return new GenesysConfig(id, secret, region)
        {
            ApiBaseUrl = ParseUrl(Pick(ApiUrlVariable, "apiurl", "apibaseurl"), "ApiBaseUrl"),
            AuthBaseUrl = ParseUrl(Pick(AuthUrlVariable, "authurl", "authbaseurl"), "AuthBaseUrl"),
        };
    }

    /// <summary>Keys are matched ignoring case and underscores, so client_id, clientId and CLIENT_ID all work.</summary>
    private static Dictionary<string, string?> ReadFile(string path)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            return values;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path),
                new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"Config file '{Path.GetFullPath(path)}' must contain a JSON object.");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var key = property.Name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                values[key] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(
                $"Config file '{Path.GetFullPath(path)}' is not valid JSON at line {ex.LineNumber + 1}, " +
                $"position {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }
        return values;
    }

    private static Uri? ParseUrl(string? value, string field) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri
        : throw new ArgumentException($"{field} '{value}' is not an absolute http(s) URL.", field);
}
