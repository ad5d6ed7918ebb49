using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Org;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GenesysCloud.Emulator;

/// <summary>
/// An in-memory Genesys Cloud Platform API on 127.0.0.1: OAuth at <c>/oauth/token</c> and the
/// API at <c>/api/v2/*</c> on the same <see cref="BaseUrl"/>.
/// </summary>
public sealed class GenesysEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GenesysEmulator(WebApplication app, Uri baseUrl, EmulatorOptions options, EmulatorState state, RequestLog requests)
    {
        _app = app;
        BaseUrl = baseUrl;
        ClientId = options.ClientId;
        ClientSecret = options.ClientSecret;
        Faults = options.Faults;
        State = state;
        Requests = requests;
        SignIn = app.Services.GetRequiredService<EmulatorSignIn>();
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUrl { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>The live fault settings; changes apply to the next request.</summary>
    public FaultOptions Faults { get; }

    public EmulatorState State { get; }

    public RequestLog Requests { get; }

    /// <summary>Sign-in by authorization code: the demo people, the sign-in client, registered redirect URIs.</summary>
    public EmulatorSignIn SignIn { get; }

    /// <summary>Seeds the org from <paramref name="options"/> and starts listening.</summary>
    public static async Task<GenesysEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();
        var state = new EmulatorState(OrgSeeder.Seed(options, options.Time.GetUtcNow()), options.Time, options.Faults);
        var requests = new RequestLog();
        var app = EmulatorHost.Build(options, state, requests);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GenesysEmulator(app, new Uri(address.TrimEnd('/') + "/"), options, state, requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
