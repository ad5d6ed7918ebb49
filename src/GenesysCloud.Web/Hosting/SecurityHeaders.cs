namespace GenesysCloud.Web.Hosting;

/// <summary>Headers on every response: scripts and connections from this app only, no sniffing, no referrer, no framing.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this origin (no inline script), connections (the Blazor WebSocket) only to it; MudBlazor's
    /// inline styles stay allowed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" on our own form posts.
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
