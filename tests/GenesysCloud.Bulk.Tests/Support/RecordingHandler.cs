using System.Collections.Concurrent;
using System.Text.Json;

namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>Records every request's method, path, query and JSON body on its way to the emulator.</summary>
internal sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<(string Method, string Path, string Query, JsonElement? Body)> _requests = new();

    public IReadOnlyList<(string Method, string Path, string Query, JsonElement? Body)> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        JsonElement? body = request.Content is null
            ? null
            : JsonSerializer.Deserialize<JsonElement>(await request.Content.ReadAsStringAsync(cancellationToken));
        _requests.Enqueue((request.Method.Method, request.RequestUri!.AbsolutePath, Uri.UnescapeDataString(request.RequestUri.Query), body));
        return await base.SendAsync(request, cancellationToken);
    }
}
