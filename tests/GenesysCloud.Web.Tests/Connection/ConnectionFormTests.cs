using Bunit;
using GenesysCloud.Emulator;
using GenesysCloud.Utilities;
using GenesysCloud.Web.Components.Connection;
using GenesysCloud.Web.Connection;
using GenesysCloud.Web.Tests.Shell;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GenesysCloud.Web.Tests.Connection;

public sealed class ConnectionFormTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static IRenderedComponent<ConnectionForm> RenderForm(BunitContext ctx, ConnectionFormModel? initial = null)
    {
        ctx.Render<MudPopoverProvider>();
        return ctx.Render<ConnectionForm>(p => p.Add(f => f.Initial, initial));
    }

    [Fact]
    public async Task Connect_EmptyIdAndSecret_ShowsBothErrorsAndDoesNotConnect()
    {
        await using var ctx = BunitSetup.Create();
        var cut = RenderForm(ctx);

        cut.Find("#conn-connect").Click();

        Assert.Contains("Client id is required.", cut.Markup);
        Assert.Contains("Client secret is required.", cut.Markup);
        Assert.False(ctx.Services.GetRequiredService<GenesysConnection>().IsConnected);
    }

    [Fact]
    public async Task Connect_UnknownRegion_ShowsRegionError()
    {
        await using var ctx = BunitSetup.Create();
        var cut = RenderForm(ctx, new ConnectionFormModel { ClientId = "client", Region = "moon-central-1" });

        cut.Find("#conn-client-secret").Change("secret");
        cut.Find("#conn-connect").Click();

        Assert.Contains("Unknown region 'moon-central-1'", cut.Markup);
        Assert.DoesNotContain("Client id is required.", cut.Markup);
        Assert.False(ctx.Services.GetRequiredService<GenesysConnection>().IsConnected);
    }

    [Fact]
    public async Task Connect_WrongSecret_ShowsLoginFailureAndClearsSecret()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Conversations = 0 });
        await using var ctx = BunitSetup.Create();
        var cut = RenderForm(ctx, new ConnectionFormModel { ClientId = emulator.ClientId, ApiUrl = emulator.BaseUrl.ToString() });

        cut.Find("#conn-client-secret").Change("not-the-secret");
        cut.Find("#conn-connect").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#connect-error")), Wait);
        var message = cut.Find("#connect-error").TextContent;
        Assert.Contains("check the client id and secret", message);
        Assert.DoesNotContain("not-the-secret", cut.Markup);
        Assert.Equal("", cut.Find("#conn-client-secret").GetAttribute("value") ?? "");
        Assert.False(ctx.Services.GetRequiredService<GenesysConnection>().IsConnected);
    }

    [Fact]
    public async Task Connect_UnreachableHost_SaysTheHostCannotBeReached()
    {
        await using var ctx = BunitSetup.Create();
        var cut = RenderForm(ctx, new ConnectionFormModel { ClientId = "client", ApiUrl = "http://127.0.0.1:1/" });

        cut.Find("#conn-client-secret").Change("secret");
        cut.Find("#conn-connect").Click();

        cut.WaitForAssertion(() => Assert.Contains("Cannot reach", cut.Find("#connect-error").TextContent), Wait);
    }

    [Fact]
    public async Task Connect_ApiUrlOutsideGenesysCloud_IsRefusedBeforeAnythingIsSent()
    {
        await using var ctx = BunitSetup.Create();
        var cut = RenderForm(ctx, new ConnectionFormModel { ClientId = "client", ApiUrl = "https://collector.example.net/" });

        cut.Find("#conn-client-secret").Change("secret");
        cut.Find("#conn-connect").Click();

        Assert.Contains("is not a Genesys Cloud host", cut.Markup);
        Assert.Empty(cut.FindAll("#connect-error"));
        Assert.False(ctx.Services.GetRequiredService<GenesysConnection>().IsConnected);
    }

    [Fact]
    public async Task Connect_RightCredentials_ConnectsTheSession()
    {
        await using var emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Conversations = 0 });
        await using var ctx = BunitSetup.Create();
        var cut = RenderForm(ctx, new ConnectionFormModel { ClientId = emulator.ClientId, ApiUrl = emulator.BaseUrl.ToString() });
        var connection = ctx.Services.GetRequiredService<GenesysConnection>();

        cut.Find("#conn-client-secret").Change(emulator.ClientSecret);
        cut.Find("#conn-connect").Click();

        cut.WaitForAssertion(() => Assert.True(connection.IsConnected), Wait);
        Assert.Equal(emulator.BaseUrl.Authority, connection.OrgLabel);
        Assert.False(connection.IsSandbox);
    }
}
