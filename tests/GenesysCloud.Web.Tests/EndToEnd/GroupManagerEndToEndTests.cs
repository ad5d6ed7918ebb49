using GenesysCloud.Emulator.Model;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class GroupManagerEndToEndTests(BrowserAppFixture app)
{
    [BrowserFact]
    public async Task GroupManager_PasteTwoKnownAndOneUnknownEmail_PreviewApplyUpdatesGridAndOrg()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);

        await shell.OpenHomeAsync();
        await shell.SearchUtilitiesAsync("group");
        await Expect(page.Locator("#nav-group-manager")).ToBeVisibleAsync();
        await shell.OpenUtilityFromDrawerAsync("group-manager", "Group Manager");

        var emulator = await app.GetEmulatorAsync();
        var group = PickGroupWithRoomFor(emulator.State);
        var members = emulator.State.GetGroupReachIds(group.Id);
        var newcomers = emulator.State.Users.Where(u => u.State == "active" && !members.Contains(u.Id)).Take(2).ToList();
        await shell.PickGroupAsync(group.Name);
        await Expect(page.Locator("#gm-group-name")).ToHaveTextAsync(group.Name);

        await page.Locator("#wf-paste-input").FillAsync($"{newcomers[0].Email}; {newcomers[1].Email}\nnobody.here@example.invalid");
        await page.Locator("#wf-preview-btn").ClickAsync();

        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("2");
        await Expect(page.Locator("#wf-count-not-found")).ToHaveTextAsync("1");
        await Expect(page.Locator("#wf-count-already-done")).ToHaveTextAsync("0");
        Assert.Equal(members.Count, emulator.State.GetGroupReachIds(group.Id).Count);

        await page.Locator("#wf-apply-btn").ClickAsync();

        await Expect(page.Locator("#wf-result-applied")).ToHaveTextAsync("2");
        await Expect(page.Locator("#gm-member-count")).ToHaveTextAsync((members.Count + 2).ToString("N0"));
        var filter = page.Locator("input#gm-members-filter, #gm-members-filter input").First;
        foreach (var user in newcomers)
        {
            await filter.FillAsync(user.Email);
            await Expect(page.Locator("#gm-members-grid")).ToContainTextAsync(user.Email);
        }

        var after = emulator.State.GetGroupReachIds(group.Id);
        Assert.Equal(members.Count + 2, after.Count);
        Assert.All(newcomers, u => Assert.Contains(u.Id, after));

        await filter.FillAsync("");
        await Expect(page.Locator("#gm-members-grid")).ToContainTextAsync(newcomers[0].Email);
        // The README's screenshot shows the whole navigation, not the drawer filtered to "group".
        await shell.SearchUtilitiesAsync("");
        foreach (var utility in new[] { "queue-manager", "skills-manager", "conversation-tools", "jobs" })
            await Expect(page.Locator($"#nav-{utility}")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(1440, 1400);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("group-manager.png") });
    }

    private static EmulatorGroup PickGroupWithRoomFor(GenesysCloud.Emulator.EmulatorState state) =>
        state.Groups.Where(g => g.MemberCount is > 0 and < 150).OrderBy(g => g.MemberCount).First();

    /// <summary>
    /// The test's output folder, so a test run leaves the work tree clean; with UPDATE_SCREENSHOTS=1 the
    /// README's copy in docs/screenshots is refreshed instead.
    /// </summary>
    private static string ScreenshotPath(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GenesysCloudUtilities.slnx")))
            {
                directory = directory.Parent;
            }

            folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "docs", "screenshots");
        }

        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
