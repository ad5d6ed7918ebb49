using GenesysCloud.Bulk.Journal;
using GenesysCloud.Utilities.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Utilities.Tests.Jobs;

public sealed class BulkEnginesTests
{
    [Fact]
    public async Task Journal_SandboxConnection_IsKeptApartFromTheRealOrgJournal()
    {
        await using var org = await TestOrg.StartAsync();
        using var services = new ServiceCollection().BuildServiceProvider();
        var config = new GenesysConfig(org.Emulator.ClientId, org.Emulator.ClientSecret)
        {
            ApiBaseUrl = org.Emulator.BaseUrl,
            AuthBaseUrl = org.Emulator.BaseUrl,
        };
        using var sandbox = new GenesysConnection(new UtilityStateStore());
        using var real = new GenesysConnection(new UtilityStateStore());
        Assert.True((await sandbox.ConnectAsync(config, isSandbox: true)).Success);
        Assert.True((await real.ConnectAsync(config)).Success);

        var sandboxJournal = BulkEngines.Journal(services, sandbox);

        Assert.NotSame(BulkEngines.Journal(services, real), sandboxJournal);
        Assert.Same(sandboxJournal, BulkEngines.Journal(services, sandbox));
    }

    [Fact]
    public async Task Journal_RegisteredJournal_WinsAndEngineIsSharedPerClient()
    {
        await using var org = await TestOrg.StartAsync();
        using var services = new ServiceCollection().AddSingleton<IJobJournal>(org.Journal).BuildServiceProvider();
        using var connection = new GenesysConnection(new UtilityStateStore());

        var journal = BulkEngines.Journal(services, connection);

        Assert.Same(org.Journal, journal);
        Assert.Same(BulkEngines.For(org.Api, journal), BulkEngines.For(org.Api, journal));
    }
}
