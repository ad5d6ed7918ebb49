using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenesysCloud.Tests.Support;

/// <summary>
/// A tiny Kestrel server on 127.0.0.1 for the few answers the emulator cannot give on demand
/// (an exact sequence of 5xx, a 429 without Retry-After). It issues tokens and hands every API
/// request, with its 0-based index, to <c>respond</c>.
/// </summary>
internal sealed class FakeApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(DateTimeOffset Time, string Method, string Path)> _calls = new();
    private int _index = -1;

    private FakeApiServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<(DateTimeOffset Time, string Method, string Path)> Calls => [.. _calls];

    public static async Task<FakeApiServer> StartAsync(Func<HttpContext, int, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeApiServer(app);
        app.MapPost("/oauth/token", () => Results.Json(new { access_token = "fake-access-token", token_type = "bearer", expires_in = 86400 }));
        app.Map("/api/{**rest}", context =>
        {
            server._calls.Enqueue((DateTimeOffset.UtcNow, context.Request.Method, context.Request.Path.Value ?? ""));
            return respond(context, Interlocked.Increment(ref server._index));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public GenesysCloudApi Client(Action<GenesysApiOptions>? configure = null)
    {
        var options = new GenesysApiOptions { RequestsPerMinute = 0, BackoffBaseDelay = TimeSpan.FromMilliseconds(10) };
        configure?.Invoke(options);
        var config = new GenesysConfig("fake-id", "fake-secret") { ApiBaseUrl = BaseUrl, AuthBaseUrl = BaseUrl };
        return new GenesysCloudApi(new GenesysAuth(config), options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
