namespace GenesysCloud.Emulator.Hosting;

/// <summary>401 authentication.required for API requests without a known, unexpired bearer token.</summary>
internal sealed class AccessTokenMiddleware(RequestDelegate next, TokenStore tokens)
{
    private const string Scheme = "Bearer ";

    public Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return ApiError.Unauthorized("No authentication bearer token specified in authorization header.").ExecuteAsync(context);
        var token = header[Scheme.Length..].Trim();
        if (!tokens.IsValid(token))
            return ApiError.Unauthorized("The bearer token is unknown or has expired.").ExecuteAsync(context);
        context.SetAccessToken(token);
        return next(context);
    }
}
