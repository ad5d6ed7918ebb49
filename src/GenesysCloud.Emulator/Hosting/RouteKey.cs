namespace GenesysCloud.Emulator.Hosting;

/// <summary>"METHOD /route/template" of a request, as the request log and the endpoint allowances name it.</summary>
internal static class RouteKey
{
    public static string Of(HttpContext context) => $"{context.Request.Method.ToUpperInvariant()} {Template(context)}";

    /// <summary>"/api/v2/users" for a group's "" route (whose raw text ends in "/"), and a leading "/" always.</summary>
    public static string Template(HttpContext context)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
        return "/" + (template ?? string.Empty).Trim('/');
    }
}
