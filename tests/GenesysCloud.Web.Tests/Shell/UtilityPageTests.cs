using Bunit;
using GenesysCloud.Emulator;
using GenesysCloud.Utilities;
using GenesysCloud.Web.Components.Pages;
using GenesysCloud.Web.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GenesysCloud.Web.Tests.Shell;

public sealed class UtilityPageTests : IAsyncLifetime
{
    private GenesysEmulator _emulator = default!;

    public async Task InitializeAsync() =>
        _emulator = await GenesysEmulator.StartAsync(new EmulatorOptions { Users = 20, Groups = 3, Conversations = 0 });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task UtilityPage_RequiresGroupAndNonePicked_ShowsPickerAndHoldsBackTheMainPart()
    {
        await using var ctx = await ConnectedContextAsync();

        var cut = RenderPage(ctx, "group-echo");

        Assert.NotNull(cut.Find("#picker-group"));
        Assert.Contains("Pick a group", cut.Find("#utility-needs-selection").TextContent);
        Assert.Empty(cut.FindAll("#echo-group"));
    }

    [Fact]
    public async Task UtilityPage_GroupPicked_PassesItToTheUtilityMainPart()
    {
        await using var ctx = await ConnectedContextAsync();
        var group = await PickFirstGroupAsync(ctx);

        var cut = RenderPage(ctx, "group-echo");

        Assert.Equal(group.Name, cut.Find("#echo-group").TextContent);
        Assert.Empty(cut.FindAll("#utility-needs-selection"));
    }

    [Fact]
    public async Task UtilityPage_UtilityThrowsApiError_ShowsStatusAndCorrelationIdInsteadOfCrashing()
    {
        await using var ctx = await ConnectedContextAsync();
        await PickFirstGroupAsync(ctx);
        var cut = RenderPage(ctx, "group-echo");

        cut.Find("#throw").Click();

        var message = cut.Find("#utility-error").TextContent;
        Assert.Contains("HTTP 404 not.found", message);
        Assert.Contains("Correlation id: ctx-1", message);
        Assert.NotNull(cut.Find("#utility-recover"));
    }

    [Fact]
    public async Task UtilityPage_Disconnect_CleansUpTheUtilityAndClearsItsState()
    {
        await using var ctx = await ConnectedContextAsync();
        await PickFirstGroupAsync(ctx);
        var cut = RenderPage(ctx, "group-echo");
        var state = ctx.Services.GetRequiredService<UtilityStateStore>();
        var log = ctx.Services.GetRequiredService<CleanupLog>();
        Assert.Equal("1", cut.Find("#echo-state").TextContent);

        await cut.InvokeAsync(() => ctx.Services.GetRequiredService<GenesysConnection>().Disconnect());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#echo-group")));
        Assert.Equal(["init", "cleanup"], log.Entries);
        Assert.Equal(0, state.Get("group-echo", "visits", 0));
        Assert.NotNull(cut.Find("#open-sandbox"));
    }

    [Fact]
    public async Task UtilityPage_UnknownId_SaysSo()
    {
        await using var ctx = await ConnectedContextAsync();

        var cut = RenderPage(ctx, "no-such-utility");

        Assert.Contains("no-such-utility", cut.Markup);
        Assert.Contains("Unknown utility", cut.Find("h1").TextContent);
    }

    private async Task<BunitContext> ConnectedContextAsync()
    {
        var ctx = BunitSetup.Create(new UtilityRegistry([typeof(GroupEchoUtility)]));
        ctx.Services.AddSingleton<CleanupLog>();
        var config = new GenesysConfig(_emulator.ClientId, _emulator.ClientSecret) { ApiBaseUrl = _emulator.BaseUrl, AuthBaseUrl = _emulator.BaseUrl };
        var result = await ctx.Services.GetRequiredService<GenesysConnection>().ConnectAsync(config, isSandbox: true);
        Assert.True(result.Success, result.Message);
        return ctx;
    }

    private static async Task<Group> PickFirstGroupAsync(BunitContext ctx)
    {
        var api = ctx.Services.GetRequiredService<GenesysConnection>().Api!;
        var group = await api.Groups.ListAsync(maxPages: 1).FirstAsync();
        ctx.Services.GetRequiredService<UtilityStateStore>().Set<Group?>("group-echo", "shell:group", group);
        return group;
    }

    private static IRenderedComponent<UtilityPage> RenderPage(BunitContext ctx, string id)
    {
        ctx.Render<MudPopoverProvider>();
        return ctx.Render<UtilityPage>(p => p.Add(x => x.Id, id));
    }
}
