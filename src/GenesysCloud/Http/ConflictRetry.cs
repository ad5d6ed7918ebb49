using System.Text.Json;
using Polly;
using Polly.Retry;

namespace GenesysCloud.Http;

/// <summary>
/// Retries a write the API refused as a conflict — a stale group version (409, 408, or a 400 saying it "does not
/// match the current version") or a 409 on a skills bulk patch or member delete — with linear backoff and jitter,
/// until <see cref="GenesysApiOptions.ConflictRetryBudget"/> is spent. Each attempt runs the whole callback again,
/// so it can re-read what it needs (a group's version) first. Transient HTTP failures are the pipeline's business.
/// </summary>
internal sealed class ConflictRetry
{
    private static readonly ResiliencePropertyKey<long> StartedAt = new("GenesysCloud.ConflictStartedAt");
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelay = new("GenesysCloud.ConflictNextDelay");
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);
    private readonly ResiliencePipeline<ApiResponse<JsonElement>> _pipeline;
    private readonly GenesysApiOptions _options;
    private readonly TimeProvider _time;

    public ConflictRetry(GenesysApiOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _pipeline = new ResiliencePipelineBuilder<ApiResponse<JsonElement>> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<ApiResponse<JsonElement>>
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextDelay, TimeSpan.Zero)),
            })
            .Build();
    }

    /// <summary>True for the answers Genesys gives a write that lost a race with another write.</summary>
    public static bool IsConflict(ApiResponse<JsonElement> response) => response.IsConflict;

    public async Task<ApiResponse<JsonElement>> ExecuteAsync(Func<CancellationToken, Task<ApiResponse<JsonElement>>> attempt, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, call) => await call(ctx.CancellationToken).ConfigureAwait(false), context, attempt).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(Outcome<ApiResponse<JsonElement>> outcome, ResilienceContext context, int attemptNumber)
    {
        if (outcome.Result is not { } response || !IsConflict(response))
            return false;
        var delay = Delay(attemptNumber + 1);
        // The budget runs from the first conflict: waiting for a rate-limit slot before it is not retrying.
        if (!context.Properties.TryGetValue(StartedAt, out var started))
        {
            started = _time.GetTimestamp();
            context.Properties.Set(StartedAt, started);
        }
        if (_time.GetElapsedTime(started) + delay > _options.ConflictRetryBudget)
            return false;
        context.Properties.Set(NextDelay, delay);
        return true;
    }

    /// <summary>About n × base, jittered ±50 % so that writers racing for one group drift apart.</summary>
    private TimeSpan Delay(int retry)
    {
        var linear = Math.Min(_options.ConflictBaseDelay.TotalMilliseconds * retry, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(linear * (0.5 + Random.Shared.NextDouble()));
    }
}
