using GenesysCloud.Emulator;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Connection;

/// <summary>
/// The sandbox org: one in-process emulator per app process on a free loopback port, started on
/// first use and shared by every session that opens the sandbox.
/// </summary>
public sealed class SandboxHost(IOptions<EmulatorOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GenesysEmulator? _emulator;

    /// <summary>The running emulator, or null before the first session opened the sandbox.</summary>
    public GenesysEmulator? Current => _emulator;

    /// <summary>Starts the emulator if needed and returns credentials that point at it.</summary>
    public async Task<GenesysConfig> GetConfigAsync(CancellationToken ct = default)
    {
        var emulator = await GetEmulatorAsync(ct);
        return new GenesysConfig(emulator.ClientId, emulator.ClientSecret)
        {
            ApiBaseUrl = emulator.BaseUrl,
            AuthBaseUrl = emulator.BaseUrl,
        };
    }

    /// <summary>Starts the emulator if needed and returns its sign-in (Code Authorization) client.</summary>
    public async Task<GenesysConfig> GetSignInClientAsync(CancellationToken ct = default)
    {
        var emulator = await GetEmulatorAsync(ct);
        return new GenesysConfig(emulator.SignIn.ClientId, emulator.SignIn.ClientSecret)
        {
            ApiBaseUrl = emulator.BaseUrl,
            AuthBaseUrl = emulator.BaseUrl,
        };
    }

    /// <summary>The running emulator, started on first call.</summary>
    public async Task<GenesysEmulator> GetEmulatorAsync(CancellationToken ct = default)
    {
        if (_emulator is { } running)
        {
            return running;
        }

        await _gate.WaitAsync(ct);
        try
        {
            return _emulator ??= await GenesysEmulator.StartAsync(options.Value, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is { } emulator)
        {
            await emulator.DisposeAsync();
        }

        _gate.Dispose();
    }
}
