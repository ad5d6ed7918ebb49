using System.Security.Cryptography;
using System.Text;
using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.SignIn;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

/// <summary>The login host's client-credentials grant.</summary>
internal static class OAuthApi
{
    public static IEndpointRouteBuilder MapOAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/oauth/token", TokenAsync);
        return app;
    }

    private static async Task<IResult> TokenAsync(HttpRequest request, EmulatorOptions options, TokenStore tokens, EmulatorSignIn signIn)
    {
        if (await SignInGrants.TryHandleAsync(request, options, tokens, signIn) is { } signedIn)
            return signedIn;
        // The real login host answers a bad client id or secret with 400, not 401 (FACTS §1).
        if (!TryReadBasic(request, out var clientId, out var clientSecret))
            return OAuthFailure(400, "invalid_client", "client not found");
        if (!SameText(clientId, options.ClientId))
            return OAuthFailure(400, "invalid_client", "client not found");
        if (!SameText(clientSecret, options.ClientSecret))
            return OAuthFailure(400, "invalid_client", "authentication failed");
        if (!request.HasFormContentType)
            return OAuthFailure(400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["grant_type"] != "client_credentials")
            return OAuthFailure(400, "unsupported_grant_type", "This emulator supports grant_type=client_credentials only.");
        return TypedResults.Ok(new TokenResponse(tokens.Issue(), "bearer", (long)options.TokenLifetime.TotalSeconds));
    }

    internal static bool TryReadBasic(HttpRequest request, out string clientId, out string clientSecret)
    {
        clientId = clientSecret = string.Empty;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
                return false;
            (clientId, clientSecret) = (decoded[..colon], decoded[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool SameText(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static IResult OAuthFailure(int status, string error, string description) =>
        TypedResults.Json(new OAuthError(error, description, description), statusCode: status);
}
