using GenesysCloud.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Tests.DependencyInjection;

public sealed class AddGenesysCloudTests
{
    [Fact]
    public async Task AddGenesysCloud_ResolvesOneConfiguredClientThatCallsTheApi()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGenesysCloud(TestEmulator.Config(emulator), o => o.RequestsPerMinute = 0);
        await using var provider = services.BuildServiceProvider();

        var api = provider.GetRequiredService<GenesysCloudApi>();
        var response = await api.Users.GetAsync(emulator.State.Users[0].Id);

        Assert.Same(api, provider.GetRequiredService<GenesysCloudApi>());
        Assert.Equal(0, api.Options.RequestsPerMinute);
        Assert.True(response.Success, response.Error);
    }

    [Fact]
    public void AddGenesysCloud_ExistingRegistrationWins()
    {
        var services = new ServiceCollection();
        var mine = new GenesysConfig("mine", "secret");
        services.AddSingleton(mine);

        services.AddGenesysCloud(new GenesysConfig("other", "secret"));
        using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<GenesysConfig>());
    }
}
