using GenesysCloud.Emulator.Apis;
using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.SignIn;

/// <summary>
/// The <c>authorization_code</c> and <c>refresh_token</c> grants of <c>POST /oauth/token</c>. The sign-in client
/// authenticates with HTTP Basic as the client-credentials client does; the code is single-use and short-lived, and
/// <c>redirect_uri</c> and the PKCE verifier must match; a refresh token is rotated on use.
/// </summary>
internal static class SignInGrants
{
    /// <summary>The answer for a sign-in grant, or null when the request is another grant.</summary>
    public static async Task<IResult?> TryHandleAsync(HttpRequest request, EmulatorOptions options, TokenStore tokens, EmulatorSignIn signIn)
    {
        if (!request.HasFormContentType)
            return null;
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var grant = form["grant_type"].ToString();
        if (grant is not ("authorization_code" or "refresh_token"))
            return null;
        if (!OAuthApi.TryReadBasic(request, out var clientId, out var clientSecret) || !EmulatorSignIn.FixedEquals(clientId, signIn.ClientId))
            return Failure("invalid_client", "client not found");
        if (!EmulatorSignIn.FixedEquals(clientSecret, signIn.ClientSecret))
            return Failure("invalid_client", "authentication failed");

        DemoPerson? person;
        if (grant == "authorization_code")
        {
            var (redeemed, problem) = signIn.RedeemCode(form["code"].ToString(), clientId, form["redirect_uri"].ToString(), form["code_verifier"].ToString());
            if (redeemed is null)
                return Failure("invalid_grant", problem ?? "The authorization code cannot be used.");
            person = redeemed;
        }
        else
        {
            person = signIn.RedeemRefreshToken(form["refresh_token"].ToString());
            if (person is null)
                return Failure("invalid_grant", "The refresh token is unknown or was already used.");
        }

        var accessToken = tokens.Issue();
        signIn.Bind(accessToken, person);
        return TypedResults.Ok(new SignInTokenResponse(accessToken, "bearer", (long)options.TokenLifetime.TotalSeconds, signIn.IssueRefreshToken(person)));
    }

    private static IResult Failure(string error, string description) =>
        TypedResults.Json(new OAuthError(error, description, description), statusCode: 400);
}
