using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

/// <summary>Steps through the shell the way a user does: home, drawer search, a utility, the group picker.</summary>
public sealed class ShellPage(IPage page, Uri baseUrl)
{
    public IPage Page => page;

    /// <summary>Opens the home page and waits for the circuit to connect the sandbox org.</summary>
    public async Task OpenHomeAsync()
    {
        await page.GotoAsync(baseUrl.ToString());
        await SignInIfAskedAsync();
        await Expect(page.Locator("#sandbox-banner")).ToBeVisibleAsync();
        await Expect(page.Locator("#connection-status")).ToContainTextAsync("Sandbox org");
    }

    /// <summary>The sandbox sends a person who is not signed in to its demo sign-in page: sign in there as the admin.</summary>
    private async Task SignInIfAskedAsync()
    {
        var admin = page.Locator("button[data-role='Admin']");
        if (await admin.CountAsync() > 0)
            await admin.ClickAsync();
    }

    /// <summary>Types into the drawer search.</summary>
    public Task SearchUtilitiesAsync(string text) => page.Locator("#utility-search").FillAsync(text);

    /// <summary>Opens a utility from the drawer.</summary>
    public async Task OpenUtilityFromDrawerAsync(string utilityId, string title)
    {
        await page.Locator($"#nav-{utilityId}").ClickAsync();
        await Expect(page.Locator("#utility-title")).ToHaveTextAsync(title);
    }

    /// <summary>Searches the shell's group picker and picks the group with this exact name.</summary>
    public async Task PickGroupAsync(string groupName)
    {
        var input = page.Locator("#picker-group");
        await input.ClickAsync();
        await input.FillAsync(groupName);
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasTextString = groupName }).First;
        await option.ClickAsync();
        await Expect(input).ToHaveValueAsync(groupName);
    }
}
