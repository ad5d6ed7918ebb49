using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GenesysCloud.Utilities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.SignIn;

/// <summary>
/// ASP.NET Core's OAuth handler (state, correlation cookie, PKCE) with the two Genesys Cloud specifics: the code is
/// exchanged at the org's (or sandbox's) login host with HTTP Basic client authentication, and the ticket is made
/// from <c>users/me?expand=authorization</c> read with the person's own token. The tokens stay on the server in a
/// <see cref="SignedInSession"/>; the cookie carries only its id and the person's name.
/// </summary>
public sealed class GenesysOAuthHandler(
    IOptionsMonitor<OAuthOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SignInTarget target, SignedInSessions sessions, TimeProvider time)
    : OAuthHandler<OAuthOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Genesys";

    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        var client = await target.GetClientAsync(Context.RequestAborted);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = context.Code,
            ["redirect_uri"] = context.RedirectUri,
        };
        if (context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out var verifier) && verifier is not null)
        {
            form[OAuthConstants.CodeVerifierKey] = verifier;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{client.AuthUrl}/oauth/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client.ClientId}:{client.ClientSecret}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted);
        var body = await response.Content.ReadAsStringAsync(Context.RequestAborted);
        return response.IsSuccessStatusCode
            ? OAuthTokenResponse.Success(JsonDocument.Parse(body))
            : OAuthTokenResponse.Failed(new AuthenticationFailureException(
                $"The login host {client.AuthUrl} refused the sign-in code ({(int)response.StatusCode}). Sign in again."));
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        var client = await target.GetClientAsync(Context.RequestAborted);
        var lifetime = int.TryParse(tokens.ExpiresIn, out var seconds) ? seconds : 86400;
        var token = new AuthToken(tokens.AccessToken!, tokens.TokenType ?? "bearer", lifetime, time.GetUtcNow().AddSeconds(lifetime));
        var auth = GenesysAuth.ForSignedInUser(client, token, tokens.RefreshToken, time: time);
        using var api = new GenesysCloudApi(auth);
        var me = await api.GetSignedInUserAsync(Context.RequestAborted);
        if (!me.Success || me.Data is not { } user)
        {
            throw new AuthenticationFailureException($"Signed in, but Genesys Cloud did not say who you are: {me.Error}");
        }

        var session = sessions.Add(auth, user, target.IsSandbox, target.LabelFor(client));
        identity.AddClaims(SignInClaims.For(session));
        return new AuthenticationTicket(new ClaimsPrincipal(identity), properties, Scheme.Name);
    }

    /// <summary>The person of a session, as the utilities see them.</summary>
    public static ConnectedPerson PersonOf(SignedInUser user) => new(user.Id, user.Name, user.Email);
}
