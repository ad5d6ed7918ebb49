namespace GenesysCloud;

/// <summary>
/// The one way the SDK, the web app and <c>gcutil</c> find client credentials. A source gives the id, the
/// secret, the region and the URLs together or not at all: the environment when it holds an id or a secret,
/// otherwise the config file (the working directory's <c>config.json</c> or an explicit path; never a parent
/// folder). A value in the environment is never combined with a secret from the file, or the other way round:
/// that is refused, so that a planted <c>config.json</c> cannot receive the environment's secret.
/// </summary>
public static class CredentialResolver
{
    /// <summary>Client id variable.</summary>
    public const string ClientIdVariable = "GENESYS_CLIENT_ID";
    /// <summary>Client secret variable.</summary>
    public const string ClientSecretVariable = "GENESYS_CLIENT_SECRET";
    /// <summary>Region (code or domain) variable.</summary>
    public const string RegionVariable = "GENESYS_REGION";
    /// <summary>API URL override variable (an emulator on loopback, or a region's API host).</summary>
    public const string ApiUrlVariable = "GENESYS_API_URL";
    /// <summary>Login URL override variable.</summary>
    public const string AuthUrlVariable = "GENESYS_AUTH_URL";
    /// <summary>Sign-in (Code Authorization) client id variable of the web app.</summary>
    public const string SignInClientIdVariable = "GENESYS_SIGNIN_CLIENT_ID";
    /// <summary>Sign-in (Code Authorization) client secret variable of the web app.</summary>
    public const string SignInClientSecretVariable = "GENESYS_SIGNIN_CLIENT_SECRET";

    private static readonly string[] HostVariables = [RegionVariable, ApiUrlVariable, AuthUrlVariable];

    /// <summary>Finds client credentials in <paramref name="environment"/>, else in the file at <paramref name="configPath"/>.</summary>
    /// <param name="configPath">The config file; a relative path is relative to the working directory; empty = none.</param>
    /// <param name="environment">Reads a variable (the process environment, or ASP.NET Core configuration).</param>
    /// <returns>The credentials and their origin; null when neither source names an id or a secret.</returns>
    /// <exception cref="ArgumentException">A source is incomplete or invalid, or two sources would be mixed.</exception>
    /// <exception cref="InvalidDataException">The config file is not valid JSON.</exception>
    public static ResolvedCredentials? Resolve(string? configPath, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Env(string name) => environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        if (FromVariables(Env, ClientIdVariable, ClientSecretVariable) is { } fromEnvironment)
            return new ResolvedCredentials(fromEnvironment, "environment");

        var file = CredentialFile.Read(configPath);
        string? File(string key) => file.GetValueOrDefault(key);
        var id = File("clientid");
        var secret = File("clientsecret");
        if (id is null && secret is null)
            return null;
        var path = Path.GetFullPath(configPath!);
        if (HostVariables.Where(v => Env(v) is not null).ToArray() is { Length: > 0 } mixed)
            throw new ArgumentException(
                $"{string.Join(" and ", mixed)} {(mixed.Length == 1 ? "is" : "are")} set in the environment, but the client id and secret " +
                $"come from {path}. The id, secret, region and URLs must come from one place: put them all in the environment " +
                "or all in the file.", mixed[0]);
        if (id is null || secret is null)
            throw new ArgumentException(
                $"{path} has a client {(id is null ? "secret but no client_id" : "id but no client_secret")}: give both.",
                id is null ? "clientId" : "clientSecret");
        return new ResolvedCredentials(Build(id, secret, File("region") ?? File("environment"),
            File("apiurl") ?? File("apibaseurl"), File("authurl") ?? File("authbaseurl")), path);
    }

    /// <summary>
    /// The web app's sign-in client from <c>GENESYS_SIGNIN_CLIENT_ID</c>/<c>GENESYS_SIGNIN_CLIENT_SECRET</c> with the
    /// region and URLs of the same environment; null when neither is set.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of the two is set, or a region or URL is invalid.</exception>
    public static GenesysConfig? ResolveSignIn(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return FromVariables(name => environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null,
            SignInClientIdVariable, SignInClientSecretVariable);
    }

    private static GenesysConfig? FromVariables(Func<string, string?> env, string idVariable, string secretVariable)
    {
        var id = env(idVariable);
        var secret = env(secretVariable);
        if (id is null && secret is null)
            return null;
        if (id is null || secret is null)
            throw new ArgumentException(
                $"{(id is null ? secretVariable : idVariable)} is set in the environment but {(id is null ? idVariable : secretVariable)} " +
                "is not: set both (the id, secret, region and URLs must come from one place).", id is null ? idVariable : secretVariable);
        return Build(id, secret, env(RegionVariable), env(ApiUrlVariable), env(AuthUrlVariable), ApiUrlVariable, AuthUrlVariable);
    }

    private static GenesysConfig Build(string id, string secret, string? region, string? apiUrl, string? authUrl,
        string apiField = nameof(GenesysConfig.ApiBaseUrl), string authField = nameof(GenesysConfig.AuthBaseUrl))
    {
        var api = GenesysHosts.ParseApiUrl(apiUrl, apiField);
        var login = GenesysHosts.ParseAuthUrl(authUrl, authField) ?? LoginFor(api);
        return new GenesysConfig(id, secret, region ?? "mypurecloud.com") { ApiBaseUrl = api, AuthBaseUrl = login };
    }

    /// <summary>An API URL on its own brings its login host: the same loopback URL (the emulator) or <c>login.&lt;domain&gt;</c>.</summary>
    private static Uri? LoginFor(Uri? api) => api is null ? null : GenesysHosts.LoginUrlFor(api);
}
