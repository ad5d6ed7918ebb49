using Bunit;
using GenesysCloud.Emulator;
using GenesysCloud.Utilities;
using GenesysCloud.Web.Components.Layout;
using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Web.Tests.Shell;

public sealed class MainLayoutTests
{
    [Fact]
    public async Task IdleForTheTimeout_DisconnectsTheSessionAndSaysWhy()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Conversations = 0 });
        await using var ctx = BunitSetup.Create();
        var time = new FakeTimeProvider();
        ctx.Services.AddSingleton<TimeProvider>(time);
        ctx.Services.AddSingleton(Options.Create(new ThemeSettings()));
        ctx.Services.AddScoped<IdleMonitor>();
        var connection = ctx.Services.GetRequiredService<GenesysConnection>();
        var config = new GenesysConfig(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl };
        Assert.True((await connection.ConnectAsync(config, isSandbox: true)).Success);
        var cut = ctx.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
        Assert.NotNull(cut.Find("#sandbox-banner"));

        time.Advance(TimeSpan.FromMinutes(29));
        var connectedBeforeTimeout = connection.IsConnected;
        time.Advance(TimeSpan.FromMinutes(1));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#sandbox-banner")));
        Assert.True(connectedBeforeTimeout);
        Assert.False(connection.IsConnected);
        Assert.Contains("30 minutes without activity", connection.LastDisconnectReason);
        Assert.Contains("Not connected", cut.Find("#connection-status").TextContent);
    }
}
