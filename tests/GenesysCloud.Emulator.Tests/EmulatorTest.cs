namespace GenesysCloud.Emulator.Tests;

/// <summary>A fresh small emulator per test, for tests that change the org or its settings.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    private OrgFixture? _org;

    internal GenesysEmulator Emulator => Started.Emulator;

    internal ApiClient Api => Started.Api;

    protected EmulatorState Org => Emulator.State;

    private OrgFixture Started => _org ?? throw new InvalidOperationException("Not started.");

    public Task InitializeAsync()
    {
        _org = new OrgFixture(Configure(SmallOrg.Options()));
        return _org.InitializeAsync();
    }

    public Task DisposeAsync() => _org?.DisposeAsync() ?? Task.CompletedTask;

    protected virtual EmulatorOptions Configure(EmulatorOptions options) => options;
}
