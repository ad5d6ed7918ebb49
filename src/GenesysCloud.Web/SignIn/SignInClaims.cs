using System.Security.Claims;

namespace GenesysCloud.Web.SignIn;

/// <summary>The claims in the sign-in cookie: the server-side session id and who signed in, nothing secret.</summary>
public static class SignInClaims
{
    /// <summary>Claim type of the <see cref="SignedInSession"/> id.</summary>
    public const string SessionId = "gcu:sid";

    /// <summary>The session id of <paramref name="user"/>, or null.</summary>
    public static string? SessionIdOf(ClaimsPrincipal? user) => user?.FindFirst(SessionId)?.Value;

    /// <summary>The claims for a new sign-in.</summary>
    public static IEnumerable<Claim> For(SignedInSession session)
    {
        yield return new Claim(SessionId, session.Id);
        yield return new Claim(ClaimTypes.NameIdentifier, session.User.Id);
        yield return new Claim(ClaimTypes.Name, session.User.Name);
        if (session.User.Email is { } email)
        {
            yield return new Claim(ClaimTypes.Email, email);
        }
    }
}
