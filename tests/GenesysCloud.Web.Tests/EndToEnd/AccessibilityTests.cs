using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserAppFixture app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task HomePage_HasNoSeriousOrCriticalAxeViolations()
    {
        var page = await app.NewPageAsync();
        await new ShellPage(page, app.BaseUrl).OpenHomeAsync();
        await Expect(page.Locator("#card-group-manager")).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(page);
    }

    [BrowserFact]
    public async Task GroupManager_WithAGroupPicked_HasNoSeriousOrCriticalAxeViolations()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("group-manager", "Group Manager");
        var emulator = await app.GetEmulatorAsync();
        var group = emulator.State.Groups.First(g => g.MemberCount > 0);
        await shell.PickGroupAsync(group.Name);
        await Expect(page.Locator("#gm-members-grid")).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(page);
    }

    [BrowserFact]
    public async Task JobsPage_HasNoSeriousOrCriticalAxeViolations()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("jobs", "Jobs");
        await Expect(page.Locator("#utility-main")).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(page);
    }

    [BrowserFact]
    public async Task HomePage_DarkMode_HasNoSeriousOrCriticalAxeViolations()
    {
        var page = await app.NewPageAsync();
        await new ShellPage(page, app.BaseUrl).OpenHomeAsync();
        await page.Locator("#theme-toggle").ClickAsync();
        await Expect(page.Locator("#theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light mode");

        await AssertNoSeriousViolationsAsync(page);
    }

    private async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var violation in serious)
        {
            output.WriteLine($"{violation.Impact} {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                output.WriteLine($"    {string.Join(" ", node.Target)}  {node.Html}");
            }
        }

        Assert.True(serious.Count == 0,
            "axe found serious or critical violations: " + string.Join("; ", serious.Select(v =>
                $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }
}
