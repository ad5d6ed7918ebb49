namespace GenesysCloud.Bulk.Http;

/// <summary>Innermost handler of a pooled client: counts every attempt on the wire and every 429.</summary>
internal sealed class WireCounter : DelegatingHandler
{
    private long _calls;
    private long _http429;

    public WireCounter(HttpMessageHandler inner) : base(inner)
    {
    }

    public long Calls => Interlocked.Read(ref _calls);

    public long Http429 => Interlocked.Read(ref _http429);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode == 429) Interlocked.Increment(ref _http429);
        return response;
    }
}
