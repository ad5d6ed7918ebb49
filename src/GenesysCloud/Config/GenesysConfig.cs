namespace GenesysCloud;

/// <summary>
/// Client-credentials configuration for one Genesys Cloud org. <paramref name="Region"/> accepts a
/// region code (<c>eu-west-1</c>) or domain (<c>mypurecloud.ie</c>) and is stored as the domain.
/// </summary>
/// <param name="ClientId">OAuth client id; must not be empty.</param>
/// <param name="ClientSecret">OAuth client secret; must not be empty.</param>
/// <param name="Region">Region code or domain; defaults to us-east-1.</param>
public sealed record GenesysConfig(string ClientId, string ClientSecret, string Region = "mypurecloud.com")
{
    /// <summary>OAuth client id.</summary>
    public string ClientId { get; init; } = RequireValue(ClientId, nameof(ClientId));

    /// <summary>OAuth client secret. Never logged or shown.</summary>
    public string ClientSecret { get; init; } = RequireValue(ClientSecret, nameof(ClientSecret));

    /// <summary>The region's domain, e.g. <c>mypurecloud.com</c>.</summary>
    public string Region { get; init; } = ResolveRegion(Region);

    /// <summary>
    /// API host override (e.g. an emulator); <c>GENESYS_API_URL</c>. Only <c>https://api.&lt;region domain&gt;</c> or a
    /// loopback address is accepted (<see cref="GenesysHosts"/>), so the token never goes anywhere else.
    /// </summary>
    /// <exception cref="ArgumentException">Another host.</exception>
    public Uri? ApiBaseUrl { get; init => field = GenesysHosts.RequireApiUrl(value); }

    /// <summary>
    /// Login host override (e.g. an emulator); <c>GENESYS_AUTH_URL</c>. Only <c>https://login.&lt;region domain&gt;</c> or
    /// a loopback address is accepted, so the client secret never goes anywhere else.
    /// </summary>
    /// <exception cref="ArgumentException">Another host.</exception>
    public Uri? AuthBaseUrl { get; init => field = GenesysHosts.RequireAuthUrl(value); }

    /// <summary>The login host, without a trailing slash.</summary>
    public string AuthUrl => AuthBaseUrl is { } url ? url.ToString().TrimEnd('/') : $"https://login.{Region}";

    /// <summary>The API host, without a trailing slash.</summary>
    public string ApiUrl => ApiBaseUrl is { } url ? url.ToString().TrimEnd('/') : $"https://api.{Region}";

    /// <summary>
    /// Loads configuration with <see cref="CredentialResolver"/>: the environment (<c>GENESYS_CLIENT_ID</c>,
    /// <c>GENESYS_CLIENT_SECRET</c>, <c>GENESYS_REGION</c>, <c>GENESYS_API_URL</c>, <c>GENESYS_AUTH_URL</c>) when it
    /// holds an id or a secret, else <paramref name="configPath"/>; one source gives everything, never a mix.
    /// Returns null when neither names an id or a secret.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON (the message names file, line and position).</exception>
    /// <exception cref="ArgumentException">A value is invalid or sources are mixed (the parameter name names the field).</exception>
    public static GenesysConfig? Load(string configPath = "config.json") =>
        CredentialResolver.Resolve(configPath, Environment.GetEnvironmentVariable)?.Config;

    /// <summary>Hides the secret from <c>ToString()</c>, logs and debugger displays.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"ClientId = {ClientId}, Region = {Region}, ApiUrl = {ApiUrl}, AuthUrl = {AuthUrl}");
        return true;
    }

    private static string RequireValue(string value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{field} must not be empty.", field)
            : value.Trim();

    private static string ResolveRegion(string region) =>
        Regions.Find(region)?.Domain ?? throw new ArgumentException(
            $"Unknown region '{region}'. Use a code or domain such as us-east-1 or mypurecloud.com " +
            $"(known: {string.Join(", ", Regions.All.Select(r => r.Code))}).", nameof(Region));
}
