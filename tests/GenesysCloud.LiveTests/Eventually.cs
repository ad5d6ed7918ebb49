using Polly;
using Polly.Retry;

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
        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder<bool>()
            .AddTimeout(Budget)
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
        var holds = await pipeline.ExecuteAsync(async token =>
        {
            attempts++;
            return await read(token);
        }, ct);
        Assert.True(holds, $"{what}: still not true after {attempts} reads within {Budget.TotalSeconds:0} s.");
        return attempts;
    }
}
