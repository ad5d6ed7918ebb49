using System.Globalization;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>Applies <see cref="EmulatorOptions.ListPageSizeCap"/> to GET requests.</summary>
internal sealed class PageSizeCapMiddleware(RequestDelegate next, EmulatorOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (options.ListPageSizeCap is { } cap && HttpMethods.IsGet(context.Request.Method) &&
            int.TryParse(context.Request.Query["pageSize"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pageSize) &&
            pageSize > cap)
        {
            return ApiError.BadRequest($"pageSize must be between 1 and {cap}.", "pageSize").ExecuteAsync(context);
        }
        return next(context);
    }
}
