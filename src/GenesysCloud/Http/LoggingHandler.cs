using Microsoft.Extensions.Logging;

namespace GenesysCloud.Http;

/// <summary>
/// Innermost handler: counts and logs each attempt on the wire — method, path, status, duration,
/// attempt and correlation id. Never headers, query strings or bodies, so no token or secret can leak.
/// </summary>
internal sealed partial class LoggingHandler(ILogger logger, CallCounter counter, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.Record(request.Method, request.RequestUri);
        if (!request.Options.TryGetValue(GenesysRequestOptions.Attempts, out var attempts))
        {
            attempts = new AttemptCounter();
            request.Options.Set(GenesysRequestOptions.Attempts, attempts);
        }
        var attempt = attempts.Next();
        var path = request.RequestUri?.AbsolutePath ?? "";
        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode == 429)
                counter.RecordTooManyRequests();
            var correlationId = response.Headers.TryGetValues("inin-correlation-id", out var ids) ? ids.FirstOrDefault() : null;
            var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
            if (response.IsSuccessStatusCode)
                LogResponse(logger, request.Method.Method, path, (int)response.StatusCode, elapsed, attempt, correlationId);
            else
                LogFailedResponse(logger, request.Method.Method, path, (int)response.StatusCode, elapsed, attempt, correlationId);
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            LogTransportError(logger, request.Method.Method, path, time.GetElapsedTime(started).TotalMilliseconds, attempt, ex.GetType().Name, ex.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "HTTP {Method} {Path} -> {StatusCode} in {ElapsedMs:0.0} ms (attempt {Attempt}, correlation {CorrelationId})")]
    private static partial void LogResponse(ILogger logger, string method, string path, int statusCode, double elapsedMs, int attempt, string? correlationId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "HTTP {Method} {Path} -> {StatusCode} in {ElapsedMs:0.0} ms (attempt {Attempt}, correlation {CorrelationId})")]
    private static partial void LogFailedResponse(ILogger logger, string method, string path, int statusCode, double elapsedMs, int attempt, string? correlationId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "HTTP {Method} {Path} failed after {ElapsedMs:0.0} ms (attempt {Attempt}): {ErrorType} {ErrorMessage}")]
    private static partial void LogTransportError(ILogger logger, string method, string path, double elapsedMs, int attempt, string errorType, string errorMessage);
}
