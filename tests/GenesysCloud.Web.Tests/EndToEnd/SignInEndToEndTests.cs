using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class SignInEndToEndTests(BrowserAppFixture app)
{
    [BrowserFact]
    public async Task Admin_SignsInAppliesAGroupChange_AndJobsNamesThem()
    {
        var page = await app.NewPageAsync();
        var console = CollectConsole(page);
        var shell = new ShellPage(page, app.BaseUrl);
        await page.GotoAsync(new Uri(app.BaseUrl, "u/group-manager").ToString());
        await shell.SignInAsync(ShellPage.Admin);
        var emulator = await app.GetEmulatorAsync();
        var admin = emulator.SignIn.People.Single(p => p.Role == ShellPage.Admin);
        await Expect(page.Locator("#signed-in-person")).ToHaveTextAsync(admin.Name);
        await Expect(page.Locator("#utility-title")).ToHaveTextAsync("Group Manager");

        var group = emulator.State.Groups.Where(g => g.MemberCount is > 0 and < 150).OrderBy(g => g.MemberCount).Skip(1).First();
        var members = emulator.State.GetGroupReachIds(group.Id);
        var newcomer = emulator.State.Users.First(u => u.State == "active" && !members.Contains(u.Id));
        await shell.PickGroupAsync(group.Name);
        await Expect(page.Locator("#gm-group-name")).ToHaveTextAsync(group.Name);
        await page.Locator("#wf-paste-input").FillAsync(newcomer.Email);
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("1");
        await page.Locator("#wf-apply-btn").ClickAsync();
        await Expect(page.Locator("#wf-result-applied")).ToHaveTextAsync("1");
        Assert.Contains(newcomer.Id, emulator.State.GetGroupMemberIds(group.Id));

        await shell.OpenUtilityFromDrawerAsync("jobs", "Jobs");
        await Expect(page.Locator("#jobs-grid")).ToContainTextAsync(admin.Name);
        var who = $"{admin.Name} <{admin.Email}> (user {admin.UserId}) on Sandbox org (Group Manager)";
        await Expect(page.Locator(".jobs-who").Filter(new LocatorFilterOptions { HasTextString = admin.Name }).First).ToHaveAttributeAsync("title", who);
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [BrowserFact]
    public async Task ReadOnlySupervisor_SeesWhichPermissionsAreMissing_AndCannotStartAJob()
    {
        var page = await app.NewPageAsync();
        await new ShellPage(page, app.BaseUrl).OpenHomeAsync(ShellPage.Supervisor);

        var card = page.Locator("#card-group-manager");
        await Expect(card.Locator(".card-missing-permissions")).ToContainTextAsync("directory:group:edit");
        await Expect(card.Locator(".card-missing-permissions")).Not.ToContainTextAsync("directory:user:view");
        await Expect(card.Locator("#card-open-group-manager")).ToBeDisabledAsync();

        await page.GotoAsync(new Uri(app.BaseUrl, "u/group-manager").ToString());
        await Expect(page.Locator("#utility-missing-permissions")).ToContainTextAsync("directory:group:edit");
        await Expect(page.Locator("#picker-group")).ToHaveCountAsync(0);
        await Expect(page.Locator("#wf-apply-btn")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task SignOut_ThenTheNextPageAsksToSignIn()
    {
        var page = await app.NewPageAsync();
        await new ShellPage(page, app.BaseUrl).OpenHomeAsync();

        await page.Locator("#sign-out").ClickAsync();
        await Expect(page.Locator("#signed-out-title")).ToHaveTextAsync("You are signed out");
        await page.GotoAsync(new Uri(app.BaseUrl, "u/jobs").ToString());

        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to the demo org");
    }

    private static List<string> CollectConsole(IPage page)
    {
        var lines = new List<string>();
        page.Console += (_, message) => lines.Add(message.Text);
        return lines;
    }
}
