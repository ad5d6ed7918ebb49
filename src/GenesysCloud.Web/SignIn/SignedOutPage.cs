namespace GenesysCloud.Web.SignIn;

/// <summary>The page after signing out (or a failed sign-in): static HTML, no script, a link to sign in again.</summary>
internal static class SignedOutPage
{
    public static string Html(bool failed) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Signed out · Genesys Cloud Utilities</title></head>
        <body style="font-family: sans-serif; margin: 3rem;">
        <main>
        <h1 id="signed-out-title">{(failed ? "Sign-in did not complete" : "You are signed out")}</h1>
        <p>{(failed ? "Genesys Cloud did not finish the sign-in (it was cancelled, took too long or was refused)." : "Your token was dropped from this server.")}</p>
        <p><a id="sign-in-again" href="/signin">Sign in with Genesys Cloud</a></p>
        </main>
        </body></html>
        """;
}
