using GenesysCloud.Emulator;

namespace GenesysCloud.Tests.Support;

/// <summary>One emulator for tests that only read the org; tests that change it start their own.</summary>
public sealed class SharedEmulatorFixture : IAsyncLifetime
{
    private GenesysEmulator? _emulator;
    private GenesysCloudApi? _api;

    public GenesysEmulator Emulator => _emulator ?? throw new InvalidOperationException("Fixture not started.");

    public GenesysCloudApi Api => _api ?? throw new InvalidOperationException("Fixture not started.");

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync();
        _api = TestEmulator.Client(_emulator);
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_emulator is not null)
            await _emulator.DisposeAsync();
    }
}
