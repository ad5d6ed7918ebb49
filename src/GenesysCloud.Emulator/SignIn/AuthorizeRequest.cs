using Microsoft.Extensions.Primitives;

namespace GenesysCloud.Emulator.SignIn;

/// <summary>The parameters of <c>/oauth/authorize</c> (query on GET, form on POST), checked as a login host does.</summary>
internal sealed record AuthorizeRequest(string ClientId, string RedirectUri, string State, string CodeChallenge)
{
    /// <summary>
    /// The request, or why it is refused. <paramref name="redirectable"/> is true once client and redirect URI are
    /// known good, so the error may go back to the client; before that it is shown on the page and never redirected.
    /// </summary>
    public static (AuthorizeRequest? Request, string? Error, bool Redirectable) Read(Func<string, StringValues> get, EmulatorSignIn signIn)
    {
        string Value(string name) => get(name).ToString();
        if (!EmulatorSignIn.FixedEquals(Value("client_id"), signIn.ClientId))
            return (null, "Unknown client_id.", false);
        var redirectUri = Value("redirect_uri");
        if (!signIn.IsRegistered(redirectUri))
            return (null, $"redirect_uri '{redirectUri}' is not registered for this client.", false);
        if (Value("response_type") != "code")
            return (null, "response_type must be 'code'.", true);
        if (Value("state") is not { Length: > 0 } state)
            return (null, "state is required.", true);
        if (Value("code_challenge_method") != "S256")
            return (null, "code_challenge_method must be S256 (PKCE).", true);
        if (Value("code_challenge") is not { Length: >= 43 and <= 128 } challenge)
            return (null, "code_challenge must be 43 to 128 characters (BASE64URL of SHA-256).", true);
        return (new AuthorizeRequest(signIn.ClientId, redirectUri, state, challenge), null, true);
    }
}
