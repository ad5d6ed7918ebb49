namespace GenesysCloud.Emulator.Hosting;

/// <summary>Applies the live <see cref="FaultOptions"/>: latency, dropped connections, 429 bursts, 5xx.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultOptions faults)
{
    private static readonly int[] ServerErrors = [500, 502, 503, 504];

    public async Task InvokeAsync(HttpContext context)
    {
        var delay = faults.Latency + (faults.LatencyJitter * Random.Shared.NextDouble());
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, context.RequestAborted);
        if (Random.Shared.NextDouble() < faults.DropRate)
        {
            context.Drop();
            return;
        }
        if (faults.TryTakeBurst429())
        {
            await ApiError.TooManyRequests(faults.Retry429AfterSeconds).ExecuteAsync(context);
            return;
        }
        if (Random.Shared.NextDouble() < faults.ErrorRate)
        {
            await ApiError.ForStatus(ServerErrors[Random.Shared.Next(ServerErrors.Length)]).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
