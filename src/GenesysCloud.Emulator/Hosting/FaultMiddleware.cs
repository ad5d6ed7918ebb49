using System.Runtime.ExceptionServices;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>
/// Applies the live <see cref="FaultOptions"/>: latency, dropped connections, 429 bursts, 5xx. A request is handled when it
/// arrives and its answer held until <see cref="FaultOptions.Latency"/> has passed since it arrived (before the token, permission
/// and rate checks), so the latency is the whole round trip, as a real service's is (its own work included), and a change is
/// made even if the client stops waiting.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultOptions faults)
{
    private static readonly int[] ServerErrors = [500, 502, 503, 504];

    public async Task InvokeAsync(HttpContext context)
    {
        var delay = faults.Latency + (faults.LatencyJitter * Random.Shared.NextDouble()) - context.SinceArrival();
        var answerAt = delay > TimeSpan.Zero ? Task.Delay(delay, context.RequestAborted) : Task.CompletedTask;
        if (Random.Shared.NextDouble() < faults.DropRate)
        {
            await answerAt;
            context.Drop();
            return;
        }
        if (faults.TryTakeBurst429())
        {
            await answerAt;
            await ApiError.TooManyRequests(faults.Retry429AfterSeconds).ExecuteAsync(context);
            return;
        }
        if (Random.Shared.NextDouble() < faults.ErrorRate)
        {
            await answerAt;
            await ApiError.ForStatus(ServerErrors[Random.Shared.Next(ServerErrors.Length)]).ExecuteAsync(context);
            return;
        }
        if (answerAt.IsCompleted)
        {
            await next(context);
            return;
        }
        await HandleThenAnswerAsync(context, answerAt);
    }

    /// <summary>Runs the handler now into a buffer and sends what it wrote once <paramref name="answerAt"/> completes.</summary>
    private async Task HandleThenAnswerAsync(HttpContext context, Task answerAt)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        ExceptionDispatchInfo? failure = null;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            response.Body = original;
        }

        await answerAt;
        failure?.Throw();
        if (buffer.Length == 0) return;
        response.ContentLength ??= buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
