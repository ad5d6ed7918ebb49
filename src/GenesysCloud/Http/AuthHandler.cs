using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GenesysCloud.Http;

/// <summary>
/// Adds the bearer token of the pool's next login (so retries and concurrent calls spread over the tokens);
/// on a 401 re-authenticates that login once and resends once.
/// </summary>
internal sealed class AuthHandler(TokenPool pool) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var auth = pool.Next();
        var token = await auth.GetAccessTokenAsync(null, cancellationToken).ConfigureAwait(false);
        if (token.AccessToken is null)
            return AuthenticationFailed(request, token.FailureMessage);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        response.Dispose();
        var renewed = await auth.GetAccessTokenAsync(token.AccessToken, cancellationToken).ConfigureAwait(false);
        if (renewed.AccessToken is null)
            return AuthenticationFailed(request, renewed.FailureMessage);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed.AccessToken);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A local 401 in the Genesys error shape, so callers see one kind of failure.</summary>
    private static HttpResponseMessage AuthenticationFailed(HttpRequestMessage request, string? message)
    {
        var body = JsonSerializer.Serialize(new
        {
            message = message ?? "Authentication failed.",
            code = "authentication.failed",
            status = 401,
        });
        return new HttpResponseMessage(HttpStatusCode.Unauthorized)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
    }
}
