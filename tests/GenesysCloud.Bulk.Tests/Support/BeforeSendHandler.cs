namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>Runs a hook before each request goes on to the emulator, e.g. to change the org in the middle of a job.</summary>
internal sealed class BeforeSendHandler(Func<HttpRequestMessage, Task> beforeSend) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await beforeSend(request);
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Cancels <paramref name="stop"/> just before the <paramref name="nth"/> request that <paramref name="matches"/> leaves,
    /// and never sends it: no request of the stopped run can reach the org after the run has returned.
    /// </summary>
    public static BeforeSendHandler StopBefore(int nth, Func<HttpRequestMessage, bool> matches, CancellationTokenSource stop)
    {
        var seen = 0;
        return new BeforeSendHandler(request =>
        {
            if (matches(request) && Interlocked.Increment(ref seen) == nth)
            {
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            }

            return Task.CompletedTask;
        });
    }
}
