using System.Collections.Concurrent;
using System.Globalization;

namespace GenesysCloud.Http;

/// <summary>
/// Client-side sliding-window limit per access token, shared by every call of one client. It also
/// follows the server's <c>inin-ratelimit-*</c> headers and <c>Retry-After</c>: when the server says the
/// window is used up, every caller of that token waits for the reset instead of collecting 429s.
/// </summary>
internal sealed class TokenRateLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public async Task AcquireAsync(string token, CancellationToken ct)
    {
        var bucket = _buckets.GetOrAdd(token, _ => new Bucket());
        while (true)
        {
            var wait = bucket.TryAcquire(limit, window, time.GetUtcNow());
            if (wait <= TimeSpan.Zero)
                return;
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }

    public void Release(string token, HttpResponseMessage? response)
    {
        if (!_buckets.TryGetValue(token, out var bucket))
            return;
        bucket.Complete(response is null ? null : ServerState.From(response), time.GetUtcNow());
    }

    /// <summary>
    /// A request holds its slot from acquisition until one window after its answer arrived: the server
    /// counted it somewhere in between, so no server window can see more than the limit.
    /// </summary>
    private sealed class Bucket
    {
        private static readonly TimeSpan AllInFlightPoll = TimeSpan.FromMilliseconds(20);
        private readonly Lock _gate = new();
        private readonly Queue<DateTimeOffset> _completed = new();
        private int _inFlight;
        private int _serverRemaining = int.MaxValue;
        private int _sentSinceServerReport;
        private DateTimeOffset _serverResetAt = DateTimeOffset.MinValue;

        public TimeSpan TryAcquire(int limit, TimeSpan window, DateTimeOffset now)
        {
            lock (_gate)
            {
                while (_completed.Count > 0 && _completed.Peek() <= now - window)
                    _completed.Dequeue();
                var wait = TimeSpan.Zero;
                if (limit > 0 && _inFlight + _completed.Count >= limit)
                    wait = _completed.Count > 0 ? _completed.Peek() + window - now : AllInFlightPoll;
                if (now < _serverResetAt && _serverRemaining - _sentSinceServerReport <= 0 && _serverResetAt - now > wait)
                    wait = _serverResetAt - now;
                if (wait > TimeSpan.Zero)
                    return wait;
                _inFlight++;
                _sentSinceServerReport++;
                return TimeSpan.Zero;
            }
        }

        public void Complete(ServerState? server, DateTimeOffset now)
        {
            lock (_gate)
            {
                _inFlight = Math.Max(0, _inFlight - 1);
                _completed.Enqueue(now);
                if (server is not { } state)
                    return;
                // Requests still in flight may not have been counted in this answer; assume they were not.
                _serverRemaining = state.Remaining;
                _serverResetAt = now + state.ResetIn;
                _sentSinceServerReport = _inFlight;
            }
        }
    }

    /// <summary>What the server said about the token's window.</summary>
    private readonly record struct ServerState(int Remaining, TimeSpan ResetIn)
    {
        public static ServerState? From(HttpResponseMessage response)
        {
            if ((int)response.StatusCode == 429)
            {
                var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                return new ServerState(0, retryAfter);
            }
            if (ReadInt(response, "inin-ratelimit-allowed") is not { } allowed ||
                ReadInt(response, "inin-ratelimit-count") is not { } count ||
                ReadInt(response, "inin-ratelimit-reset") is not { } reset)
                return null;
            return new ServerState(allowed - count, TimeSpan.FromSeconds(Math.Max(0, reset)));
        }

        private static int? ReadInt(HttpResponseMessage response, string header) =>
            response.Headers.TryGetValues(header, out var values) &&
            int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value : null;
    }
}
