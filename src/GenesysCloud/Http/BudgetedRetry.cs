using System.Text.Json;
using Polly;
using Polly.Retry;

namespace GenesysCloud.Http;

/// <summary>
/// Retries an answer while <c>retries</c> says so, waiting <c>delayOf(attempt)</c> between tries on the client's
/// <see cref="TimeProvider"/>, until the budget (counted from the first retried answer, not from the first try) is spent.
/// Each try runs the whole callback again. Transient HTTP failures are the pipeline's business, not this.
/// </summary>
internal sealed class BudgetedRetry
{
    private static readonly ResiliencePropertyKey<long> StartedAt = new("GenesysCloud.RetryStartedAt");
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelay = new("GenesysCloud.RetryNextDelay");
    private readonly ResiliencePipeline<ApiResponse<JsonElement>> _pipeline;
    private readonly Func<ApiResponse<JsonElement>, bool> _retries;
    private readonly Func<int, TimeSpan> _delayOf;
    private readonly Func<TimeSpan> _budget;
    private readonly TimeProvider _time;

    /// <param name="retries">Whether an answer is one to try again.</param>
    /// <param name="delayOf">The wait before retry n (0 for the first); computed once per retry, so it may be random.</param>
    /// <param name="budget">How long retrying may go on (read at each retry).</param>
    /// <param name="time">The client's clock.</param>
    public BudgetedRetry(Func<ApiResponse<JsonElement>, bool> retries, Func<int, TimeSpan> delayOf, Func<TimeSpan> budget, TimeProvider time)
    {
        _retries = retries;
        _delayOf = delayOf;
        _budget = budget;
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

    /// <summary>The last answer, and how long was spent retrying (zero when nothing was retried).</summary>
    public async Task<(ApiResponse<JsonElement> Answer, TimeSpan Retried)> ExecuteAsync(
        Func<CancellationToken, Task<ApiResponse<JsonElement>>> attempt, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        try
        {
            var answer = await _pipeline.ExecuteAsync(
                static async (ctx, call) => await call(ctx.CancellationToken).ConfigureAwait(false), context, attempt).ConfigureAwait(false);
            var retried = context.Properties.TryGetValue(StartedAt, out var started) ? _time.GetElapsedTime(started) : TimeSpan.Zero;
            return (answer, retried);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(Outcome<ApiResponse<JsonElement>> outcome, ResilienceContext context, int attemptNumber)
    {
        if (outcome.Result is not { } response || !_retries(response))
            return false;
        var delay = _delayOf(attemptNumber);
        if (!context.Properties.TryGetValue(StartedAt, out var started))
        {
            started = _time.GetTimestamp();
            context.Properties.Set(StartedAt, started);
        }
        if (_time.GetElapsedTime(started) + delay > _budget())
            return false;
        context.Properties.Set(NextDelay, delay);
        return true;
    }
}
