using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator.SignIn;

/// <summary>The token answer of the authorization-code and refresh grants.</summary>
internal sealed record SignInTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string RefreshToken);

/// <summary><c>authorization</c> of a user with <c>expand=authorization</c> (UserAuthorization).</summary>
internal sealed record UserAuthorization(IReadOnlyList<IdName> Roles, IReadOnlyList<string> Permissions);

/// <summary><c>GET /api/v2/users/me</c>: the user, with <c>authorization</c> when expanded.</summary>
internal sealed record MeUser(string Id, string Name, string Email, string Username, string State, string SelfUri)
{
    public UserAuthorization? Authorization { get; init; }
}

/// <summary><c>GET /api/v2/tokens/me</c> (TokenInfo).</summary>
internal sealed record TokenInfo(IdName Organization, IdName HomeOrganization, IReadOnlyList<string> AuthorizedScope,
    [property: JsonPropertyName("OAuthClient")] TokenClient OAuthClient);

/// <summary>The OAuth client a token was issued to.</summary>
internal sealed record TokenClient(string Id, string Name, IdName Organization);

/// <summary>An id and a name.</summary>
internal sealed record IdName(string Id, string Name);
