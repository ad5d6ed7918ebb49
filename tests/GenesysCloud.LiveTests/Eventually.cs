using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GenesysCloud.LiveTests;

/// <summary>
/// Re-reads until a condition holds, for the real API's lag after a write: awaited retries with exponential
/// backoff, bounded in attempts and time, so a change that never shows fails instead of hanging.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    /// <summary>Reads until <paramref name="read"/> returns true; returns the attempts it took, or throws when the budget is spent.</summary>
    public static async Task<int> HoldsAsync(string what, Func<CancellationToken, Task<bool>> read, CancellationToken ct = default)
    {
        var (holds, attempts) = await ReadUntilAsync(read, Budget, ct);
        Assert.True(holds, $"{what}: still not true after {attempts} reads within {Budget.TotalSeconds:0} s.");
        return attempts;
    }

    /// <summary>
    /// Reads until <paramref name="read"/> returns true or <paramref name="within"/> has passed; true when it did. For
    /// a change that should never show (an answer that was accepted but must change nothing).
    /// </summary>
    public static async Task<bool> ShowsWithinAsync(Func<CancellationToken, Task<bool>> read, TimeSpan within, CancellationToken ct = default) =>
        (await ReadUntilAsync(read, within, ct)).Holds;

    private static async Task<(bool Holds, int Attempts)> ReadUntilAsync(Func<CancellationToken, Task<bool>> read, TimeSpan budget, CancellationToken ct)
    {
        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder<bool>()
            .AddTimeout(budget)
            .AddRetry(new RetryStrategyOptions<bool>
            {
                ShouldHandle = new PredicateBuilder<bool>().HandleResult(holds => !holds),
                MaxRetryAttempts = 12,
                Delay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                MaxDelay = TimeSpan.FromSeconds(10),
                UseJitter = true,
            })
            .Build();
        try
        {
            var holds = await pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                return await read(token);
            }, ct);
            return (holds, attempts);
        }
        catch (TimeoutRejectedException)
        {
            return (false, attempts);
        }
    }
}
