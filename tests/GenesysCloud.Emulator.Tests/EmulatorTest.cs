namespace GenesysCloud.Emulator.Tests;

/// <summary>A fresh small emulator and an authenticated client per test.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    private GenesysEmulator? _emulator;
    private ApiClient? _api;

    internal GenesysEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    internal ApiClient Api => _api ?? throw new InvalidOperationException("Not started.");

    protected EmulatorState Org => Emulator.State;

    public async Task InitializeAsync()
    {
        _emulator = await GenesysEmulator.StartAsync(Configure(SmallOrg.Options()));
        _api = await ApiClient.ConnectAsync(_emulator);
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_emulator is not null)
            await _emulator.DisposeAsync();
    }

    protected virtual EmulatorOptions Configure(EmulatorOptions options) => options;
}
