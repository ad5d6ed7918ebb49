using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class ConversationToolsEndToEndTests(BrowserAppFixture app)
{
    [BrowserFact]
    public async Task ConversationTools_FindStuckEndOneAfterConfirmingAndLookItUp_OrgShowsItEnded()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.SearchUtilitiesAsync("stuck");
        await shell.OpenUtilityFromDrawerAsync("conversation-tools", "Conversation Tools");
        var emulator = await app.GetEmulatorAsync();
        var now = DateTimeOffset.UtcNow;
        bool IsStuck(GenesysCloud.Emulator.Model.EmulatorConversation c) =>
            !c.IsEnded && c.StartTime < now.AddHours(-12) && c.StartTime >= now.AddDays(-30);
        var stuck = emulator.State.Conversations.Where(IsStuck).ToList();
        Assert.NotEmpty(stuck);

        await page.Locator("#ct-find-btn").ClickAsync();

        await Expect(page.Locator("#ct-count")).ToHaveTextAsync(stuck.Count.ToString());
        var target = stuck[^1];
        await page.Locator("input#ct-grid-filter, #ct-grid-filter input").First.FillAsync(target.Id);
        await page.Locator("#ct-grid tbody tr").Filter(new LocatorFilterOptions { HasTextString = target.Id })
            .Locator("input[type=checkbox]").First.CheckAsync();
        await page.Locator("#ct-end-btn").ClickAsync();
        await Expect(page.Locator("#ct-confirm-text")).ToContainTextAsync("This cannot be undone.");
        Assert.False(emulator.State.FindConversation(target.Id)!.IsEnded);

        await page.Locator("#ct-confirm-end-btn").ClickAsync();

        await Expect(page.Locator("#wf-result-applied")).ToHaveTextAsync("1");
        Assert.True(emulator.State.FindConversation(target.Id)!.IsEnded);
        await Expect(page.Locator("#ct-count")).ToHaveTextAsync((stuck.Count - 1).ToString());

        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Look up" }).ClickAsync();
        await page.Locator("input#ct-lookup-input, #ct-lookup-input input").First.FillAsync(target.Id);
        await page.Locator("#ct-lookup-btn").ClickAsync();
        await Expect(page.Locator("#ct-lookup-state")).ToContainTextAsync("Ended");
    }
}
