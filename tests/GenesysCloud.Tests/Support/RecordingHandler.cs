using System.Collections.Concurrent;

namespace GenesysCloud.Tests.Support;

/// <summary>
/// The innermost handler of a client under test: records every request that reaches the wire (with its
/// body) and can run a hook before forwarding, e.g. to change the org between two calls.
/// </summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public RecordingHandler() => InnerHandler = new SocketsHttpHandler();

    public Func<HttpRequestMessage, Task>? BeforeSend { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!, body));
        if (BeforeSend is { } hook)
            await hook(request);
        return await base.SendAsync(request, cancellationToken);
    }
}
