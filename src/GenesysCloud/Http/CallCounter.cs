using System.Collections.Concurrent;

namespace GenesysCloud.Http;

/// <summary>Counts requests sent on the wire (retries included), in total and per endpoint template.</summary>
internal sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, long> _byEndpoint = new(StringComparer.Ordinal);
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public IReadOnlyDictionary<string, long> ByEndpoint =>
        _byEndpoint.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public void Record(HttpMethod method, Uri? uri)
    {
        Interlocked.Increment(ref _total);
        _byEndpoint.AddOrUpdate($"{method.Method} {EndpointTemplate.From(uri)}", 1, (_, n) => n + 1);
    }
}
