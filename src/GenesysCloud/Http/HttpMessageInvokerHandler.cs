namespace GenesysCloud.Http;

/// <summary>Ends the pipeline in a caller-supplied handler without taking ownership of it.</summary>
internal sealed class HttpMessageInvokerHandler(HttpMessageHandler inner) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invoker.SendAsync(request, cancellationToken);
}
