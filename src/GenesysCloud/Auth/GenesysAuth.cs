using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GenesysCloud;

/// <summary>
/// Authentication against <c>{AuthUrl}/oauth/token</c>: client credentials, or a signed-in person's token
/// (<see cref="ForSignedInUser"/>) renewed with its refresh token. Thread-safe: concurrent callers that find
/// the token expired share one token request. Login requests never follow redirects.
/// </summary>
public sealed class GenesysAuth
{
    private static readonly HttpClient SharedHttp = new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly bool _signedInUser;
    private volatile AuthToken? _token;
    private volatile string? _refreshToken;
    private int _tokenRequests;

    /// <summary>Creates an authenticator for <paramref name="config"/>.</summary>
    /// <param name="config">Credentials and hosts.</param>
    /// <param name="http">HttpClient for token requests; a shared one when null.</param>
    /// <param name="time">Clock for token expiry; the system clock when null.</param>
    public GenesysAuth(GenesysConfig config, HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        _http = http ?? SharedHttp;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Loads <see cref="GenesysConfig.Load"/>; null when no credentials are configured.</summary>
    public static GenesysAuth? FromConfig(string configPath = "config.json") =>
        GenesysConfig.Load(configPath) is { } config ? new GenesysAuth(config) : null;

    /// <summary>
    /// An authenticator over a person's token from the authorization-code grant: API calls act as that person
    /// (their permissions, their audit trail). Before the token expires it is renewed with
    /// <paramref name="refreshToken"/> (<c>grant_type=refresh_token</c>, the sign-in client's id and secret);
    /// without one, the person must sign in again.
    /// </summary>
    /// <param name="config">The sign-in (Code Authorization) client and the org's hosts.</param>
    /// <param name="token">The person's access token.</param>
    /// <param name="refreshToken">The refresh token, or null when the client has none.</param>
    /// <param name="http">HttpClient for token requests; a shared one (no redirects) when null.</param>
    /// <param name="time">Clock for token expiry.</param>
    public static GenesysAuth ForSignedInUser(GenesysConfig config, AuthToken token, string? refreshToken,
        HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new GenesysAuth(config, http, time, signedInUser: true) { _token = token, _refreshToken = refreshToken };
    }

    private GenesysAuth(GenesysConfig config, HttpClient? http, TimeProvider? time, bool signedInUser)
        : this(config, http, time) => _signedInUser = signedInUser;

    /// <summary>True when this acts as a signed-in person (<see cref="ForSignedInUser"/>), not as the OAuth client.</summary>
    public bool IsSignedInUser => _signedInUser;

    /// <summary>Creates an authenticator from explicit credentials.</summary>
    public static GenesysAuth FromCredentials(string clientId, string clientSecret, string region = "mypurecloud.com") =>
        new(new GenesysConfig(clientId, clientSecret, region));

    /// <summary>The configuration in use.</summary>
    public GenesysConfig Config { get; }

    /// <summary>The current token, or null before the first successful authentication.</summary>
    public AuthToken? Token => _token;

    /// <summary>True when a token is held and not expired.</summary>
    public bool IsAuthenticated => _token is { } token && !token.IsExpiredAt(_time.GetUtcNow());

    /// <summary>The current access token, or null.</summary>
    public string? AccessToken => _token?.AccessToken;

    /// <summary>Token requests sent so far.</summary>
    internal int TokenRequestCount => Volatile.Read(ref _tokenRequests);

    /// <summary>
    /// Requests a new token (client credentials, or for a signed-in person the refresh-token grant). Never
    /// throws for HTTP or auth errors: returns (false, message) with a message that helps (bad credentials,
    /// unreachable host, wrong region, sign in again) and never holds the secret.
    /// </summary>
    public async Task<(bool Success, string Message)> AuthenticateAsync(CancellationToken ct = default)
    {
        var refreshToken = _refreshToken;
        if (_signedInUser && refreshToken is null)
            return (false, "The sign-in has expired and cannot be renewed: sign in again.");
        Interlocked.Increment(ref _tokenRequests);
        var tokenUrl = $"{Config.AuthUrl}/oauth/token";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
            {
                Content = new FormUrlEncodedContent(refreshToken is null
                    ? [new("grant_type", "client_credentials")]
                    : [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)]),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Config.ClientId}:{Config.ClientSecret}")));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                return (false, Scrub(_signedInUser ? DescribeRenewalFailure(response.StatusCode, body) : DescribeFailure(response.StatusCode, body)));
            var (token, rotated) = ParseToken(body);
            if (token is null)
                return (false, $"The login host {Config.AuthUrl} answered without an access token. Check the region and the auth URL.");
            _token = token;
            if (rotated is not null)
                _refreshToken = rotated;
            return (true, $"Authenticated with {Config.AuthUrl}; token valid until {token.ExpiresAt:u}.");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (HttpRequestException ex)
        {
            return (false, Scrub($"Cannot reach the login host {Config.AuthUrl}: {ex.Message}. " +
                "Check the region, the auth URL and the network."));
        }
        catch (TaskCanceledException)
        {
            return (false, $"The login host {Config.AuthUrl} did not answer in time. Check the region, the auth URL and the network.");
        }
        catch (JsonException)
        {
            return (false, $"The login host {Config.AuthUrl} did not answer with JSON. Check the region and the auth URL.");
        }
    }

    /// <summary>Re-authenticates when there is no valid token; one refresh at a time. True when a valid token is held.</summary>
    public async Task<bool> RefreshIfNeededAsync(CancellationToken ct = default)
    {
        if (IsAuthenticated)
            return true;
        await _refreshLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (IsAuthenticated)
                return true;
            var (success, _) = await AuthenticateAsync(ct).ConfigureAwait(false);
            return success;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Headers for a direct API call: <c>Authorization: Bearer …</c> and JSON content type.</summary>
    public IReadOnlyDictionary<string, string> GetHeaders()
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        if (_token is { } token)
            headers["Authorization"] = $"Bearer {token.AccessToken}";
        return headers;
    }

    /// <summary>
    /// Returns a valid access token, authenticating if needed. When <paramref name="rejectedToken"/> is given
    /// (the API answered 401 to it), a new token is fetched unless another caller already replaced it.
    /// </summary>
    internal async Task<AuthResult> GetAccessTokenAsync(string? rejectedToken, CancellationToken ct)
    {
        var current = _token;
        if (current is not null && current.AccessToken != rejectedToken && !current.IsExpiredAt(_time.GetUtcNow()))
            return new AuthResult(current.AccessToken, null);
        await _refreshLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            current = _token;
            if (current is not null && current.AccessToken != rejectedToken && !current.IsExpiredAt(_time.GetUtcNow()))
                return new AuthResult(current.AccessToken, null);
            var (success, message) = await AuthenticateAsync(ct).ConfigureAwait(false);
            return success ? new AuthResult(_token!.AccessToken, null) : new AuthResult(null, message);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private (AuthToken? Token, string? RefreshToken) ParseToken(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("access_token", out var accessToken) || accessToken.GetString() is not { Length: > 0 } value)
            return (null, null);
        var type = root.TryGetProperty("token_type", out var t) ? t.GetString() ?? "bearer" : "bearer";
        var expiresIn = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 86400;
        var refresh = root.TryGetProperty("refresh_token", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        return (new AuthToken(value, type, expiresIn, _time.GetUtcNow().AddSeconds(expiresIn)), refresh);
    }

    private string DescribeRenewalFailure(HttpStatusCode status, string body) =>
        status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized
            ? $"The sign-in could not be renewed ({(int)status}{OAuthErrorDetail(body)}): sign in again."
            : DescribeFailure(status, body);

    private string DescribeFailure(HttpStatusCode status, string body)
    {
        var detail = OAuthErrorDetail(body);
        if (status == HttpStatusCode.BadRequest && detail.StartsWith(", invalid_client", StringComparison.Ordinal))
        {
            // The login host answers a wrong client id and a wrong secret alike: 400 invalid_client.
            return $"Authentication failed ({(int)status}{detail}): the client id or secret was not accepted; check the client id and secret, " +
                $"and that the OAuth client belongs to the org {(Config.AuthBaseUrl is null ? $"in region {Config.Region}" : $"at {Config.AuthUrl}")}.";
        }
        return status switch
        {
            HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"Authentication failed ({(int)status}{detail}): check the client id and secret, and that the " +
                $"OAuth client uses the Client Credentials grant {(Config.AuthBaseUrl is null ? $"in region {Config.Region}" : $"at {Config.AuthUrl}")}.",
            HttpStatusCode.NotFound =>
                $"The login host {Config.AuthUrl} has no token endpoint (404). Check the region and the auth URL.",
            HttpStatusCode.TooManyRequests =>
                "The login host is rate limiting token requests (429). Wait a moment and try again.",
            _ => $"The login host {Config.AuthUrl} answered {(int)status}{detail}. Try again later or check the region.",
        };
    }

    private static string OAuthErrorDetail(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return "";
            var error = root.TryGetProperty("error", out var e) ? e.GetString() : null;
            var description = root.TryGetProperty("error_description", out var d) ? d.GetString()
                : root.TryGetProperty("description", out var d2) ? d2.GetString() : null;
            return error is null ? "" : description is null ? $", {error}" : $", {error}: {description}";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private string Scrub(string message) =>
        message.Replace(Config.ClientSecret, "***", StringComparison.Ordinal);
}
