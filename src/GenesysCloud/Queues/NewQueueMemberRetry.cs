using System.Globalization;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace GenesysCloud;

/// <summary>
/// Retries a 404 on <c>PATCH /routing/queues/{queueId}/members/{memberId}</c>: a member added moments ago can still be
/// "not found" there, which is why Genesys's Terraform provider retries that PATCH on 404 (FACTS §4). Waits 0.5 s × n,
/// on the client's <see cref="TimeProvider"/>, until <see cref="GenesysApiOptions.NewQueueMemberRetryBudget"/> is spent;
/// then the 404 is returned with an error that says so: the person truly is not an individual member (or the queue is gone).
/// </summary>
internal sealed class NewQueueMemberRetry
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    private static readonly ResiliencePropertyKey<long> StartedAt = new("GenesysCloud.NewMemberStartedAt");
    private readonly ResiliencePipeline<ApiResponse<JsonElement>> _pipeline;
    private readonly TimeSpan _budget;
    private readonly TimeProvider _time;

    public NewQueueMemberRetry(TimeSpan budget, TimeProvider time)
    {
        _budget = budget;
        _time = time;
        _pipeline = new ResiliencePipelineBuilder<ApiResponse<JsonElement>> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<ApiResponse<JsonElement>>
            {
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delay(args.AttemptNumber)),
            })
            .Build();
    }

    public async Task<ApiResponse<JsonElement>> ExecuteAsync(Func<CancellationToken, Task<ApiResponse<JsonElement>>> patch,
        string queueId, string userId, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        try
        {
            var answer = await _pipeline.ExecuteAsync(
                static async (ctx, call) => await call(ctx.CancellationToken).ConfigureAwait(false), context, patch).ConfigureAwait(false);
            if (answer.StatusCode != 404)
                return answer;
            var waited = context.Properties.TryGetValue(StartedAt, out var started) ? _time.GetElapsedTime(started) : TimeSpan.Zero;
            return answer with
            {
                Error = $"Still not found after {waited.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s of retries: user {userId} " +
                        $"is not an individual member of queue {queueId}, or the queue does not exist ({answer.Error?.TrimEnd('.')}).",
            };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(Outcome<ApiResponse<JsonElement>> outcome, ResilienceContext context, int attemptNumber)
    {
        if (outcome.Result is not { StatusCode: 404 })
            return false;
        if (!context.Properties.TryGetValue(StartedAt, out var started))
        {
            started = _time.GetTimestamp();
            context.Properties.Set(StartedAt, started);
        }
        return _time.GetElapsedTime(started) + Delay(attemptNumber) <= _budget;
    }

    private static TimeSpan Delay(int attemptNumber) => BaseDelay * (attemptNumber + 1);
}
