namespace GenesysCloud.Emulator;

/// <summary>
/// Every request, recorded before its response is sent, so a client that has its answer can count it.
/// </summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RequestLogEntry> _entries = [];

    public IReadOnlyList<RequestLogEntry> Entries
    {
        get { lock (_gate) return [.. _entries]; }
    }

    public int Total
    {
        get { lock (_gate) return _entries.Count; }
    }

    /// <summary>Responses with status 429, from the rate limit or an injected burst.</summary>
    public int Count429
    {
        get { lock (_gate) return _entries.Count(e => e.StatusCode == 429); }
    }

    /// <summary>Requests to one endpoint, e.g. <c>Count("POST", "/api/v2/groups/{groupId}/members")</c>.</summary>
    public int Count(string method, string routeTemplate)
    {
        lock (_gate)
        {
            return _entries.Count(e =>
                string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(e.RouteTemplate, routeTemplate, StringComparison.Ordinal));
        }
    }

    /// <summary>Request counts keyed "METHOD /route/template".</summary>
    public IReadOnlyDictionary<string, int> CountsByEndpoint()
    {
        lock (_gate)
        {
            return _entries.GroupBy(e => $"{e.Method} {e.RouteTemplate}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }
    }

    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate) _entries.Add(entry);
    }
}
