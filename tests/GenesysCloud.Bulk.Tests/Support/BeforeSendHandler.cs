namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>Runs a hook before each request goes on to the emulator, e.g. to change the org in the middle of a job.</summary>
internal sealed class BeforeSendHandler(Func<HttpRequestMessage, Task> beforeSend) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await beforeSend(request);
        return await base.SendAsync(request, cancellationToken);
    }
}
