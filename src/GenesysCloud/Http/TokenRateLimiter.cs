using System.Collections.Concurrent;
using System.Globalization;

namespace GenesysCloud.Http;

/// <summary>
/// Client-side limits shared by every call of one client. Per access token: a sliding window of the configured
/// requests per minute, and the token's window as the server reports it — the answers with the largest allowance seen
/// for the token count every endpoint's calls (an org may set its own allowance). Per token and endpoint (method + path
/// template): what the server said in its <c>inin-ratelimit-allowed/-count/-reset</c> headers and <c>Retry-After</c> —
/// Genesys gives some endpoints a smaller allowance than the token's (180 on <c>GET /api/v2/users</c> in a real trace),
/// so when an endpoint's window is used up, its callers wait for the reset instead of collecting 429s, and the other
/// endpoints go on.
/// </summary>
internal sealed class TokenRateLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Bucket> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Token, string Endpoint), Bucket> _endpoints = new();

    public async Task AcquireAsync(string token, string endpoint, CancellationToken ct)
    {
        var tokenBucket = _tokens.GetOrAdd(token, _ => new Bucket());
        var endpointBucket = _endpoints.GetOrAdd((token, endpoint), _ => new Bucket());
        while (true)
        {
            var now = time.GetUtcNow();
            var wait = endpointBucket.TryAcquire(0, window, now);
            if (wait <= TimeSpan.Zero)
            {
                wait = tokenBucket.TryAcquire(limit, window, now);
                if (wait <= TimeSpan.Zero)
                    return;
                endpointBucket.GiveBack();
            }
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Frees the request's slots and takes in its answer; <paramref name="sentAt"/> is when <see cref="AcquireAsync"/> let it through.</summary>
    public void Release(string token, string endpoint, HttpResponseMessage? response, DateTimeOffset sentAt)
    {
        var answered = new Answer(sentAt, time.GetUtcNow(), response is null ? null : ServerState.From(response));
        if (_tokens.TryGetValue(token, out var tokenBucket))
            tokenBucket.Complete(answered, tokenWideOnly: true);
        if (_endpoints.TryGetValue((token, endpoint), out var endpointBucket))
            endpointBucket.Complete(answered);
    }

    /// <summary>Current time, for <see cref="Release"/>'s <c>sentAt</c>.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

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
        private int _serverAllowed;
        private int _serverRemaining = int.MaxValue;
        private int _sentSinceServerReport;
        private DateTimeOffset _serverResetAt = DateTimeOffset.MinValue;
        private bool _resetTimeKnown = true;

        /// <summary>Takes a slot when one is free now; otherwise says how long to wait.</summary>
        public TimeSpan TryAcquire(int limit, TimeSpan window, DateTimeOffset now)
        {
            lock (_gate)
            {
                var wait = Wait(limit, window, now);
                if (wait <= TimeSpan.Zero)
                    TakeLocked();
                return wait;
            }
        }

        /// <summary>Returns a slot taken by <see cref="TryAcquire"/> that was not used.</summary>
        public void GiveBack()
        {
            lock (_gate)
            {
                _inFlight = Math.Max(0, _inFlight - 1);
                _sentSinceServerReport = Math.Max(0, _sentSinceServerReport - 1);
            }
        }

        /// <summary>
        /// Frees the in-flight slot and takes in what the server said. With <c>tokenWideOnly</c> (the token's bucket) only
        /// answers with the largest allowance seen describe the token's window (an endpoint with its own, smaller
        /// allowance reports that one's); a larger allowance than before starts the token's window anew.
        /// </summary>
        public void Complete(Answer answer, bool tokenWideOnly = false)
        {
            lock (_gate)
            {
                _inFlight = Math.Max(0, _inFlight - 1);
                _completed.Enqueue(answer.At);
                if (answer.Server is not { } state)
                    return;
                var larger = state.Allowed > _serverAllowed;
                if (tokenWideOnly && (state.Allowed is not { } reported || reported < _serverAllowed))
                    return;
                if (state.Allowed is { } allowed)
                    _serverAllowed = allowed;
                // The server counted the request between sending and answering and rounds the seconds left up, so the
                // window it was counted in ends after EndsNoEarlier and no later than resetAt.
                var resetAt = answer.At + state.ResetIn;
                if (_resetTimeKnown && answer.EndsNoEarlier < _serverResetAt && !larger)
                {
                    // The window already known: answers arrive out of order, so the lowest remaining is the truest, and
                    // the earliest end any of them allows is the closest.
                    _serverRemaining = Math.Min(_serverRemaining, state.Remaining);
                    if (resetAt < _serverResetAt)
                        _serverResetAt = resetAt;
                }
                else
                {
                    _serverRemaining = state.Remaining;
                    _serverResetAt = resetAt;
                }
                _resetTimeKnown = true;
                // Requests still in flight may not have been counted in this answer; assume they were not.
                _sentSinceServerReport = _inFlight;
            }
        }

        private TimeSpan Wait(int limit, TimeSpan window, DateTimeOffset now)
        {
            while (_completed.Count > 0 && _completed.Peek() <= now - window)
                _completed.Dequeue();
            var wait = TimeSpan.Zero;
            if (limit > 0 && _inFlight + _completed.Count >= limit)
                wait = _completed.Count > 0 ? _completed.Peek() + window - now : AllInFlightPoll;
            if (_resetTimeKnown && now >= _serverResetAt && _serverAllowed > 0)
            {
                // The server's window has turned over: the new one allows what the last one did, not everyone waiting at once.
                _serverRemaining = _serverAllowed;
                _sentSinceServerReport = _inFlight;
                _resetTimeKnown = false;
            }
            if (_serverRemaining - _sentSinceServerReport > 0)
                return wait;
            var serverWait = _resetTimeKnown ? _serverResetAt - now : _inFlight > 0 ? AllInFlightPoll : TimeSpan.Zero;
            if (!_resetTimeKnown && _inFlight == 0)
                _serverRemaining = int.MaxValue; // no answer will tell the new window's count: go on and let the next one say
            return serverWait > wait ? serverWait : wait;
        }

        private void TakeLocked()
        {
            _inFlight++;
            _sentSinceServerReport++;
        }
    }

    /// <summary>An answer: when its request was sent, when it came back, and what the server said of the window.</summary>
    private readonly record struct Answer(DateTimeOffset SentAt, DateTimeOffset At, ServerState? Server)
    {
        private static readonly TimeSpan ResetPrecision = TimeSpan.FromSeconds(1);

        /// <summary>The earliest the window this answer was counted in can end.</summary>
        public DateTimeOffset EndsNoEarlier => SentAt + (Server?.ResetIn ?? TimeSpan.Zero) - ResetPrecision;
    }

    /// <summary>What the server said about the endpoint's window for this token.</summary>
    private readonly record struct ServerState(int? Allowed, int Remaining, TimeSpan ResetIn)
    {
        public static ServerState? From(HttpResponseMessage response)
        {
            if ((int)response.StatusCode == 429)
            {
                var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                return new ServerState(ReadInt(response, "inin-ratelimit-allowed"), 0, retryAfter);
            }
            if (ReadInt(response, "inin-ratelimit-allowed") is not { } allowed ||
                ReadInt(response, "inin-ratelimit-count") is not { } count ||
                ReadInt(response, "inin-ratelimit-reset") is not { } reset)
                return null;
            return new ServerState(allowed, allowed - count, TimeSpan.FromSeconds(Math.Max(0, reset)));
        }

        private static int? ReadInt(HttpResponseMessage response, string header) =>
            response.Headers.TryGetValues(header, out var values) &&
            int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value : null;
    }
}
