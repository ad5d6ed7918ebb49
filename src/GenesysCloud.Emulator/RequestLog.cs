namespace GenesysCloud.Emulator;

/// <summary>
/// Every request, recorded before its response is sent, so a client that has its answer can count it.
/// Counts cover every request since the start (or <see cref="Clear"/>); <see cref="Entries"/> keeps
/// the most recent <see cref="RetainedEntries"/> so a long-running emulator stays small.
/// </summary>
public sealed class RequestLog
{
    public const int RetainedEntries = 100_000;

    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _statuses = [];
    private readonly List<(Func<RequestLogEntry, bool> Matches, TaskCompletionSource<RequestLogEntry> Found)> _waiters = [];
    private readonly List<TaskCompletionSource> _quietWaiters = [];
    private int _total;
    private int _unrecorded;

    /// <summary>The most recent requests, oldest first.</summary>
    public IReadOnlyList<RequestLogEntry> Entries
    {
        get { lock (_gate) return [.. _entries]; }
    }

    public int Total
    {
        get { lock (_gate) return _total; }
    }

    /// <summary>Responses with status 429, from the rate limit or an injected burst.</summary>
    public int Count429 => CountStatus(StatusCodes.Status429TooManyRequests);

    /// <summary>Responses with one status, e.g. 409 for version conflicts and injected conflicts.</summary>
    public int CountStatus(int status)
    {
        lock (_gate) return _statuses.GetValueOrDefault(status);
    }

    /// <summary>Requests to one endpoint, e.g. <c>Count("POST", "/api/v2/groups/{groupId}/members")</c>.</summary>
    public int Count(string method, string routeTemplate)
    {
        lock (_gate) return _counts.GetValueOrDefault(Key(method, routeTemplate));
    }

    /// <summary>Request counts keyed "METHOD /route/template".</summary>
    public IReadOnlyDictionary<string, int> CountsByEndpoint()
    {
        lock (_gate) return new Dictionary<string, int>(_counts, StringComparer.Ordinal);
    }

    /// <summary>
    /// The first retained or later request that <paramref name="matches"/>, when it is logged (a request the server
    /// notices only after its client gave up, say). Cancel with <paramref name="ct"/>.
    /// </summary>
    public Task<RequestLogEntry> WaitForAsync(Func<RequestLogEntry, bool> matches, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(matches);
        lock (_gate)
        {
            if (_entries.FirstOrDefault(matches) is { } logged) return Task.FromResult(logged);
            var found = new TaskCompletionSource<RequestLogEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((matches, found));
            return found.Task.WaitAsync(ct);
        }
    }

    /// <summary>
    /// Completes once every request that has reached the server is logged, so a test that cancelled its client can
    /// count what the server did with the requests still under way (a cancelled send the server handled is logged late).
    /// </summary>
    public Task WhenQuietAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_unrecorded == 0) return Task.CompletedTask;
            var quiet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _quietWaiters.Add(quiet);
            return quiet.Task.WaitAsync(ct);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _counts.Clear();
            _total = 0;
            _statuses.Clear();
        }
    }

    /// <summary>A request has reached the server; <see cref="Add"/> logs it.</summary>
    internal void Arrived()
    {
        lock (_gate) _unrecorded++;
    }

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Enqueue(entry);
            if (_entries.Count > RetainedEntries)
                _entries.Dequeue();
            var key = Key(entry.Method, entry.RouteTemplate);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            _total++;
            _statuses[entry.StatusCode] = _statuses.GetValueOrDefault(entry.StatusCode) + 1;
            foreach (var waiter in _waiters.Where(w => w.Matches(entry)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(entry);
            }

            if (--_unrecorded == 0)
            {
                _quietWaiters.ForEach(w => w.TrySetResult());
                _quietWaiters.Clear();
            }
        }
    }

    private static string Key(string method, string routeTemplate) => $"{method.ToUpperInvariant()} {routeTemplate}";
}
