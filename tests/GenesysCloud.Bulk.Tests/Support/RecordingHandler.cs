using System.Collections.Concurrent;
using System.Text.Json;

namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>Records every request's method, path, query, JSON body and bearer token on its way to the emulator.</summary>
internal sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        JsonElement? body = request.Content is null
            ? null
            : JsonSerializer.Deserialize<JsonElement>(await request.Content.ReadAsStringAsync(cancellationToken));
        _requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, Uri.UnescapeDataString(request.RequestUri.Query),
            body, request.Headers.Authorization?.Parameter));
        return await base.SendAsync(request, cancellationToken);
    }
}
