using System.Diagnostics;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>Records each request when its response starts (or when it ends without one).</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, EmulatorOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var recorded = 0;
        void Record()
        {
            if (Interlocked.Exchange(ref recorded, 1) == 1)
                return;
            var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "/";
            log.Add(new RequestLogEntry(
                options.Time.GetUtcNow(), context.Request.Method, template.StartsWith('/') ? template : "/" + template,
                context.Request.Path + context.Request.QueryString, context.IsDropped() ? 0 : context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started)));
        }

        context.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            if (context.IsDropped() || !context.Response.HasStarted)
                Record();
        }
    }
}
