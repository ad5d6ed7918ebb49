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
        // Only the address matters here; what the page shows is awaited by the caller's expectations.
        await page.WaitForURLAsync(url => url.StartsWith(baseUrl.ToString(), StringComparison.Ordinal) && !url.Contains("sandbox-login", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
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
        await PickAsync(page, input, groupName, groupName);
        await Expect(input).ToHaveValueAsync(groupName);
    }

    /// <summary>
    /// Types <paramref name="search"/> into an autocomplete and clicks the option showing <paramref name="optionText"/>, until
    /// the list closes: a pick that took. The list first shows the previous search's options, then (after the search's
    /// debounce) only the matches, and a click that lands while Blazor replaces them picks nothing and leaves the list open.
    /// </summary>
    public static async Task PickAsync(IPage page, ILocator input, string search, string optionText)
    {
        var options = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 1; ; attempt++)
        {
            await input.ClickAsync();
            await input.FillAsync(search);
            await Expect(options.Filter(new LocatorFilterOptions { HasNotTextString = search })).ToHaveCountAsync(0);
            await options.Filter(new LocatorFilterOptions { HasTextString = optionText }).First.ClickAsync();
            try
            {
                await Expect(options).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // The click fell between two renders of the list: search and click again.
            }
        }
    }
}
