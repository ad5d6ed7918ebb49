using Bunit;
using GenesysCloud.Web.Components.Layout;

namespace GenesysCloud.Web.Tests.Shell;

public sealed class NavMenuTests
{
    [Fact]
    public async Task NavMenu_NoSearch_ListsUtilitiesUnderTheirCategories()
    {
        await using var ctx = BunitSetup.Create();

        var cut = ctx.Render<NavMenu>();

        Assert.Equal(["General", "Routing", "Users & Groups"],
            cut.FindAll("[data-category]").Select(h => h.GetAttribute("data-category")));
        Assert.Equal(["plain", "queue-report", "skill-audit", "group-tool"], UtilityIds(cut));
        Assert.Equal("u/group-tool", cut.Find("#nav-group-tool").GetAttribute("href"));
    }

    [Fact]
    public async Task NavMenu_SearchByTag_ShowsOnlyMatchesAndTheirCategories()
    {
        await using var ctx = BunitSetup.Create();
        var cut = ctx.Render<NavMenu>();

        cut.Find("#utility-search").Input("agents");

        Assert.Equal(["skill-audit"], UtilityIds(cut));
        Assert.Equal(["Routing"], cut.FindAll("[data-category]").Select(h => h.GetAttribute("data-category")));
    }

    [Fact]
    public async Task NavMenu_SearchByNameOrDescription_IsCaseInsensitive()
    {
        await using var ctx = BunitSetup.Create();
        var cut = ctx.Render<NavMenu>();

        cut.Find("#utility-search").Input("GROUP");

        Assert.Equal(["queue-report", "group-tool"], UtilityIds(cut));
    }

    [Fact]
    public async Task NavMenu_SearchWithoutMatch_SaysSoAndKeepsHome()
    {
        await using var ctx = BunitSetup.Create();
        var cut = ctx.Render<NavMenu>();

        cut.Find("#utility-search").Input("zzz");

        Assert.Empty(UtilityIds(cut));
        Assert.Contains("zzz", cut.Find("#nav-no-match").TextContent);
        Assert.NotNull(cut.Find("#nav-home"));
    }

    private static List<string?> UtilityIds(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("a[data-utility]").Select(a => a.GetAttribute("data-utility"))];
}
