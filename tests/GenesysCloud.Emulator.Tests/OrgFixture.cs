namespace GenesysCloud.Emulator.Tests;

/// <summary>A running emulator and an authenticated client; shared by a class or owned by one test.</summary>
public sealed class OrgFixture : IAsyncLifetime
{
    private readonly EmulatorOptions _options;
    private GenesysEmulator? _emulator;
    private ApiClient? _api;

    public OrgFixture()
        : this(SmallOrg.Options())
    {
    }

    internal OrgFixture(EmulatorOptions options) => _options = options;

    internal GenesysEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    internal ApiClient Api => _api ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _emulator = await GenesysEmulator.StartAsync(_options);
        _api = await ApiClient.ConnectAsync(_emulator);
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_emulator is not null)
            await _emulator.DisposeAsync();
    }
}
