using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class ShellEndToEndTests(BrowserAppFixture app)
{
    [BrowserFact]
    public async Task ThemeToggle_SwitchesToDarkModeAndBack()
    {
        var page = await app.NewPageAsync();
        await new ShellPage(page, app.BaseUrl).OpenHomeAsync();
        var toggle = page.Locator("#theme-toggle");

        const string White = "rgb(255, 255, 255)";
        var lightBackground = await BodyBackgroundAsync(page);

        await toggle.ClickAsync();
        await page.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor !== '{White}'");
        await Expect(toggle).ToHaveAttributeAsync("aria-label", "Switch to light mode");
        await toggle.ClickAsync();
        await page.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor === '{White}'");

        Assert.Equal(White, lightBackground);
        await Expect(toggle).ToHaveAttributeAsync("aria-label", "Switch to dark mode");
    }

    private static Task<string> BodyBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
