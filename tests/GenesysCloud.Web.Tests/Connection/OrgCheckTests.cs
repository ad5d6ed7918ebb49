using Bunit;
using GenesysCloud.Emulator;
using GenesysCloud.Utilities;
using GenesysCloud.Web.Components.Connection;
using GenesysCloud.Web.Tests.Shell;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Web.Tests.Connection;

public sealed class OrgCheckTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CheckThisOrg_ConnectedOrg_ShowsEveryProbeWithItsResult()
    {
        await using var emulator = await StartAsync(rateLimit: 10_000);
        await using var ctx = BunitSetup.Create(UtilityRegistry.Discover([typeof(UtilityBase).Assembly]));
        await ConnectAsync(ctx, emulator);
        var cut = ctx.Render<OrgCheck>();

        cut.Find("#check-org").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#org-check-results")), Wait);
        Assert.Equal("pass", cut.Find("tr[data-probe='page-size.users']").GetAttribute("data-status"));
        Assert.Equal("pass", cut.Find("tr[data-probe='queue.member-by']").GetAttribute("data-status"));
        Assert.Contains("Group Manager", cut.Find("tr[data-probe='permissions.group-manager']").TextContent, StringComparison.Ordinal);
        Assert.True(cut.FindAll("#org-check-results tbody tr").Count >= 30);
        Assert.Contains("nothing changed", cut.Find("#org-check-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckThisOrg_OrgWithoutRateLimitHeaders_MarksThoseChecksFailedAndSaysWhatItMeans()
    {
        await using var emulator = await StartAsync(rateLimit: 0);
        await using var ctx = BunitSetup.Create();
        await ConnectAsync(ctx, emulator);
        var cut = ctx.Render<OrgCheck>();

        cut.Find("#check-org").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#org-check-results")), Wait);
        var usersLimit = cut.Find("tr[data-probe='rate-limit.get.users']");
        Assert.Equal("fail", usersLimit.GetAttribute("data-status"));
        Assert.Contains("cannot learn this endpoint's allowance", usersLimit.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Some checks failed", cut.Find("#org-check-summary").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckThisOrg_NotConnected_SaysSoAndSendsNothing()
    {
        await using var ctx = BunitSetup.Create();
        var cut = ctx.Render<OrgCheck>();

        cut.Find("#check-org").Click();

        cut.WaitForAssertion(() => Assert.Contains("Not connected", cut.Find("#org-check-error").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(cut.FindAll("#org-check-results"));
    }

    private static Task<GenesysEmulator> StartAsync(int rateLimit) =>
        GenesysEmulator.StartAsync(new EmulatorOptions { Users = 120, Groups = 6, Queues = 4, Conversations = 20, RateLimitPerMinute = rateLimit });

    private static async Task ConnectAsync(BunitContext ctx, GenesysEmulator emulator)
    {
        var config = new GenesysConfig(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl };
        var result = await ctx.Services.GetRequiredService<GenesysConnection>().ConnectAsync(config);
        Assert.True(result.Success, result.Message);
    }
}
