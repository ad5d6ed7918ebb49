namespace GenesysCloud.Http;

/// <summary>Waits for a slot of the token's rate limit before each attempt; feeds back the server's headers.</summary>
internal sealed class RateLimitHandler(TokenRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = request.Headers.Authorization?.Parameter ?? "";
        await limiter.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            limiter.Release(key, response);
        }
    }
}
