using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GenesysCloud.Http;

/// <summary>
/// The Polly pipeline of a client: retries 429 (after <c>Retry-After</c>) for every request, and
/// 502/503/504, timeouts and connection errors with exponential backoff and jitter for requests that
/// are safe to repeat; a per-attempt timeout; a total budget of attempts and time.
/// </summary>
internal static class RetryPolicy
{
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelay = new("GenesysCloud.NextDelay");
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public static ResilienceHandler CreateHandler(GenesysApiOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber, options, time)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Context.Properties.TryGetValue(NextDelay, out var delay) ? delay : options.BackoffBaseDelay),
            });
        }
        builder.AddTimeout(options.Timeout);
        return new ResilienceHandler(builder.Build());
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attemptNumber,
        GenesysApiOptions options, TimeProvider time)
    {
        var request = context.GetRequestMessage();
        TimeSpan delay;
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } tooMany)
            delay = RetryAfter(tooMany, options, time);
        else if (IsTransient(outcome, context) && request is not null && GenesysRequestOptions.IsRetrySafe(request))
            delay = Backoff(attemptNumber, options.BackoffBaseDelay);
        else
            return false;

        if (request is not null && request.Options.TryGetValue(GenesysRequestOptions.StartedAt, out var startedAt) &&
            time.GetElapsedTime(startedAt) + delay > options.MaxRetryDuration)
            return false;
        context.Properties.Set(NextDelay, delay);
        return true;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, ResilienceContext context) =>
        outcome.Result is { StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout }
        || outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Exception is OperationCanceledException && !context.CancellationToken.IsCancellationRequested);

    private static TimeSpan RetryAfter(HttpResponseMessage response, GenesysApiOptions options, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
            return date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return options.DefaultRetryAfter;
    }

    /// <summary>base × 2^attempt, with "equal jitter": half fixed, half random.</summary>
    private static TimeSpan Backoff(int attemptNumber, TimeSpan baseDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, attemptNumber);
        var capped = Math.Min(exponential, MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + Random.Shared.NextDouble() * capped / 2);
    }
}
