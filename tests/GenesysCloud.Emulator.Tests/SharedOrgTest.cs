namespace GenesysCloud.Emulator.Tests;

/// <summary>One small emulator for the whole class: only for tests that leave the org as they found it.</summary>
public abstract class SharedOrgTest(OrgFixture org) : IClassFixture<OrgFixture>
{
    internal ApiClient Api => org.Api;

    protected EmulatorState Org => org.Emulator.State;
}
