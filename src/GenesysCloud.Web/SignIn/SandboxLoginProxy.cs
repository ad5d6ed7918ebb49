using GenesysCloud.Web.Connection;

namespace GenesysCloud.Web.SignIn;

/// <summary>
/// Forwards <c>/sandbox-login/oauth/authorize</c> to the sandbox emulator's sign-in page, so the browser reaches it
/// through this app on whatever address the app is served (the emulator itself listens on loopback only). The
/// app's own callback is registered with the emulator as its redirect URI, as an admin registers it in Genesys Cloud.
/// </summary>
public static class SandboxLoginProxy
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private static readonly string[] CopiedHeaders = ["Location", "Content-Security-Policy", "X-Frame-Options"];

    public static IEndpointRouteBuilder MapSandboxLogin(this IEndpointRouteBuilder app)
    {
        app.MapMethods($"{SignInTarget.SandboxLoginPath}/oauth/authorize", ["GET", "POST"], ForwardAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task ForwardAsync(HttpContext context, SandboxHost sandbox, SignInTarget target)
    {
        if (!target.IsSandbox)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var emulator = await sandbox.GetEmulatorAsync(context.RequestAborted);
        emulator.SignIn.AllowRedirectUri(new Uri($"{context.Request.Scheme}://{context.Request.Host}{SignInSetup.CallbackPath}"));
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            new Uri(emulator.BaseUrl, $"oauth/authorize{context.Request.QueryString}"));
        if (HttpMethods.IsPost(context.Request.Method))
        {
            request.Content = new StreamContent(context.Request.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }

        using var response = await Http.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var name in CopiedHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
