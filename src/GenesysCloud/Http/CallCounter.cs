using System.Collections.Concurrent;

namespace GenesysCloud.Http;

/// <summary>Counts requests sent on the wire (retries included), in total and per endpoint template, and the 429s among them.</summary>
internal sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, long> _byEndpoint = new(StringComparer.Ordinal);
    private long _total;
    private long _http429;

    public long Total => Interlocked.Read(ref _total);

    public long Http429 => Interlocked.Read(ref _http429);

    public IReadOnlyDictionary<string, long> ByEndpoint =>
        _byEndpoint.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public void Record(HttpMethod method, Uri? uri)
    {
        Interlocked.Increment(ref _total);
        _byEndpoint.AddOrUpdate($"{method.Method} {EndpointTemplate.From(uri)}", 1, (_, n) => n + 1);
    }

    public void RecordTooManyRequests() => Interlocked.Increment(ref _http429);
}
