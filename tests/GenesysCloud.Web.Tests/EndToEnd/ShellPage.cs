using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

/// <summary>Steps through the shell the way a user does: home, drawer search, a utility, the group picker.</summary>
public sealed class ShellPage(IPage page, Uri baseUrl)
{
    public IPage Page => page;

    /// <summary>The sandbox's demo roles, as its sign-in page labels their buttons.</summary>
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor (read only)";

    /// <summary>Opens the home page, signs in to the sandbox as the demo person with <paramref name="role"/> and waits for the connection.</summary>
    public async Task OpenHomeAsync(string role = Admin)
    {
        await page.GotoAsync(baseUrl.ToString());
        await SignInAsync(role);
        await Expect(page.Locator("#sandbox-banner")).ToBeVisibleAsync();
        await Expect(page.Locator("#connection-status")).ToContainTextAsync("Sandbox org");
    }

    /// <summary>On the sandbox's sign-in page (where an anonymous visit lands), clicks the one button of <paramref name="role"/>.</summary>
    public async Task SignInAsync(string role = Admin)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to the demo org");
        await page.Locator($"button[data-role=\"{role}\"]").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(baseUrl.ToString(), StringComparison.Ordinal) && !url.Contains("sandbox-login", StringComparison.Ordinal));
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
        // The list first shows every group, then (after the search's debounce) only the matches: a click on the first list
        // can land on an item being replaced, and nothing is picked. Wait for the filtered list.
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(options.Filter(new LocatorFilterOptions { HasNotTextString = groupName })).ToHaveCountAsync(0);
        var option = options.Filter(new LocatorFilterOptions { HasTextString = groupName }).First;
        await option.ClickAsync();
        await Expect(input).ToHaveValueAsync(groupName);
    }
}
