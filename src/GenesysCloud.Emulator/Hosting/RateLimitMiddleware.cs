using System.Globalization;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>Per-token and per-endpoint rate limits with the inin-ratelimit-* headers on every API response.</summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, EmulatorOptions options, RateLimitWindows windows)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (options.RateLimitPerMinute <= 0)
            return next(context);
        var decision = windows.Acquire(context.GetAccessToken(), RouteKey.Of(context));
        var headers = context.Response.Headers;
        headers["inin-ratelimit-count"] = decision.Count.ToString(CultureInfo.InvariantCulture);
        headers["inin-ratelimit-allowed"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["inin-ratelimit-reset"] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        return decision.Allowed ? next(context) : ApiError.TooManyRequests(decision.ResetSeconds).ExecuteAsync(context);
    }
}
