using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GenesysCloud.Emulator.SignIn;

namespace GenesysCloud.Emulator;

/// <summary>
/// Who can sign in and what they were given: registered redirect URIs, single-use authorization codes,
/// refresh tokens (rotated on use) and which access token belongs to which person.
/// </summary>
public sealed class EmulatorSignIn
{
    private readonly EmulatorOptions _options;
    private readonly ConcurrentDictionary<string, byte> _redirectUris = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _personByAccessToken = new(StringComparer.Ordinal);

    internal EmulatorSignIn(EmulatorOptions options, EmulatorState org)
    {
        _options = options;
        People = DemoPeople.From(org);
        foreach (var uri in options.SignInRedirectUris)
            _redirectUris[uri] = 0;
    }

    /// <summary>The people who can sign in (an admin, a read-only supervisor).</summary>
    public IReadOnlyList<DemoPerson> People { get; }

    /// <summary>The sign-in client id.</summary>
    public string ClientId => _options.SignInClientId;

    /// <summary>The sign-in client secret.</summary>
    public string ClientSecret => _options.SignInClientSecret;

    /// <summary>Registers a redirect URI for the sign-in client, as an admin does in Genesys Cloud (exact match).</summary>
    public void AllowRedirectUri(Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        _redirectUris[redirectUri.ToString()] = 0;
    }

    internal bool IsRegistered(string redirectUri) => _redirectUris.ContainsKey(redirectUri);

    internal DemoPerson? FindPerson(string userId) => People.FirstOrDefault(p => p.UserId == userId);

    /// <summary>The person an access token acts for; null for a client-credentials token.</summary>
    internal DemoPerson? PersonOf(string accessToken) =>
        _personByAccessToken.TryGetValue(accessToken, out var userId) ? FindPerson(userId) : null;

    internal string IssueCode(DemoPerson person, string clientId, string redirectUri, string codeChallenge)
    {
        var code = NewSecret();
        _codes[code] = new IssuedCode(person.UserId, clientId, redirectUri, codeChallenge, _options.Time.GetUtcNow() + _options.AuthorizationCodeLifetime);
        return code;
    }

    /// <summary>Takes the code (it can be tried once) and returns its person when client, redirect URI, verifier and time match.</summary>
    internal (DemoPerson? Person, string? Problem) RedeemCode(string code, string clientId, string? redirectUri, string? codeVerifier)
    {
        if (!_codes.TryRemove(code, out var issued))
            return (null, "The authorization code is unknown or was already used.");
        if (_options.Time.GetUtcNow() >= issued.ExpiresAt)
            return (null, "The authorization code has expired.");
        if (issued.ClientId != clientId)
            return (null, "The authorization code was issued to another client.");
        if (issued.RedirectUri != redirectUri)
            return (null, "redirect_uri does not match the one the code was issued for.");
        if (string.IsNullOrEmpty(codeVerifier) || !FixedEquals(Challenge(codeVerifier), issued.CodeChallenge))
            return (null, "code_verifier does not match the code_challenge.");
        return (FindPerson(issued.UserId), null);
    }

    internal string IssueRefreshToken(DemoPerson person)
    {
        var token = NewSecret();
        _refreshTokens[token] = person.UserId;
        return token;
    }

    /// <summary>Takes the refresh token (rotated: a used one is refused afterwards) and returns its person.</summary>
    internal DemoPerson? RedeemRefreshToken(string refreshToken) =>
        _refreshTokens.TryRemove(refreshToken, out var userId) ? FindPerson(userId) : null;

    internal void Bind(string accessToken, DemoPerson person) => _personByAccessToken[accessToken] = person.UserId;

    /// <summary>BASE64URL(SHA-256(verifier)), the S256 challenge of RFC 7636.</summary>
    internal static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    private sealed record IssuedCode(string UserId, string ClientId, string RedirectUri, string CodeChallenge, DateTimeOffset ExpiresAt);
}
