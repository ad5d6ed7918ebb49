namespace GenesysCloud.Web.Hosting;

/// <summary>
/// Refuses a browser request whose <c>Origin</c> is another site, on the Blazor hub (a page the admin visits must not
/// drive their session, e.g. by DNS rebinding) and on sign-out. The host itself is already one of the served names.
/// </summary>
public static class OriginCheck
{
    /// <summary>The Blazor hub's path.</summary>
    public const string HubPath = "/_blazor";

    /// <summary>True when the request has no <c>Origin</c> (not a cross-site browser request) or one of this host.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        // Compare host and port only: behind a TLS-terminating proxy the request may be http while the page is https.
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.IsDefaultPort ? uri.Host : uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Answers 403 to a hub request (negotiate or WebSocket) from a foreign origin.</summary>
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(HubPath, StringComparison.OrdinalIgnoreCase) && !IsSameOrigin(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return context.Response.WriteAsync("A page of another site may not connect to this app.");
            }

            return next(context);
        });
}
