using GenesysCloud.Emulator;
using GenesysCloud.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.SignIn;

/// <summary>
/// Sign in with Genesys Cloud: a cookie for the browser and ASP.NET Core's OAuth handler (authorization code, PKCE on)
/// against the org's login host or the sandbox emulator; every page needs a signed-in person.
/// </summary>
public static class SignInSetup
{
    /// <summary>The redirect URI path to register for the Code Authorization client: <c>https://your-host/signin-genesys</c>.</summary>
    public const string CallbackPath = "/signin-genesys";

    /// <summary>Where people land after signing out (anonymous: a real Genesys session would sign them straight back in).</summary>
    public const string SignedOutPath = "/signed-out";

    public static IServiceCollection AddGenesysSignIn(this IServiceCollection services, AccessPolicy policy)
    {
        services.AddSingleton<SignedInSessions>();
        services.AddSingleton<SignInTarget>();
        if (!policy.RequiresSignIn)
        {
            return services;
        }

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = GenesysOAuthHandler.SchemeName;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "gcu.signin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = SignedInSessions.Lifetime;
                options.SlidingExpiration = false;
                options.Events.OnValidatePrincipal = context =>
                {
                    // The token lives on the server: a cookie whose sign-in ended (sign-out, restart) is not a sign-in.
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<SignedInSessions>();
                    if (sessions.Find(SignInClaims.SessionIdOf(context.Principal)) is null)
                    {
                        context.RejectPrincipal();
                        return context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }

                    return Task.CompletedTask;
                };
            })
            .AddOAuth<OAuthOptions, GenesysOAuthHandler>(GenesysOAuthHandler.SchemeName, _ => { });
        services.AddSingleton<IConfigureOptions<OAuthOptions>>(provider => new ConfigureNamedOptions<OAuthOptions>(GenesysOAuthHandler.SchemeName, options =>
        {
            var sandbox = provider.GetRequiredService<IOptions<EmulatorOptions>>().Value;
            var client = policy.SignInClient;
            options.ClientId = client?.ClientId ?? sandbox.SignInClientId;
            options.ClientSecret = client?.ClientSecret ?? sandbox.SignInClientSecret;
            var login = client?.AuthUrl ?? SignInTarget.SandboxLoginPath;
            options.AuthorizationEndpoint = $"{login}/oauth/authorize";
            options.TokenEndpoint = $"{login}/oauth/token";
            options.CallbackPath = CallbackPath;
            options.UsePkce = true;
            // Plain http on loopback (dotnet run, the sandbox) must work too; Lax is enough for the top-level redirect back.
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.SaveTokens = false;
            options.BackchannelHttpHandler = new SocketsHttpHandler { AllowAutoRedirect = false };
            options.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInSetup))
                    .LogWarning("Sign-in did not complete: {Reason}", context.Failure?.Message);
                context.Response.Redirect($"{SignedOutPath}?failed=1");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        }));
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static WebApplication MapGenesysSignIn(this WebApplication app, AccessPolicy policy)
    {
        if (!policy.RequiresSignIn)
        {
            return app;
        }

        app.MapSandboxLogin();
        app.MapGet("/signin", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" }, [GenesysOAuthHandler.SchemeName])).AllowAnonymous();
        app.MapPost("/signout", async (HttpContext context, SignedInSessions sessions) =>
        {
            if (!OriginCheck.IsSameOrigin(context.Request))
            {
                return Results.Text("Sign-out from another site is refused.", statusCode: StatusCodes.Status403Forbidden);
            }

            sessions.Remove(SignInClaims.SessionIdOf(context.User));
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(SignedOutPath);
        }).AllowAnonymous().DisableAntiforgery();
        app.MapGet(SignedOutPath, (string? failed) => Results.Content(SignedOutPage.Html(failed == "1"), "text/html; charset=utf-8")).AllowAnonymous();
        return app;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
