namespace GenesysCloud.Http;

/// <summary>Waits for a slot of the token's and the endpoint's limits before each attempt; feeds back the server's headers.</summary>
internal sealed class RateLimitHandler(TokenRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = request.Headers.Authorization?.Parameter ?? "";
        var endpoint = $"{request.Method.Method} {EndpointTemplate.From(request.RequestUri)}";
        await limiter.AcquireAsync(token, endpoint, cancellationToken).ConfigureAwait(false);
        var sentAt = limiter.Now;
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            limiter.Release(token, endpoint, response, sentAt);
        }
    }
}
