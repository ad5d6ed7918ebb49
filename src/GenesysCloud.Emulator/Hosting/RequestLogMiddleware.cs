using System.Diagnostics;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>
/// Records each request when its response starts, before a dropped connection goes, or when it
/// ends without either, so a client that has its answer (or its error) finds the request logged.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, EmulatorOptions options)
{
    /// <summary>nginx's status for a request the client closed before the response started.</summary>
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        context.SetArrived(started);
        log.Arrived();
        var recorded = 0;
        void Record()
        {
            if (Interlocked.Exchange(ref recorded, 1) == 1)
                return;
            log.Add(new RequestLogEntry(
                options.Time.GetUtcNow(), context.Request.Method, RouteKey.Template(context),
                context.Request.Path + context.Request.QueryString, StatusOf(context),
                Stopwatch.GetElapsedTime(started)));
        }

        context.SetRecorder(Record);
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
            if (!context.Response.HasStarted)
                Record();
        }
    }

    /// <summary>0 for a connection dropped on purpose, 499 for a client that went away before its answer.</summary>
    private static int StatusOf(HttpContext context) =>
        context.IsDropped() ? 0
        : context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? ClientClosedRequest
        : context.Response.StatusCode;
}
