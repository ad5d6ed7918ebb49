using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class QueueAndSkillsEndToEndTests(BrowserAppFixture app)
{
    [BrowserFact]
    public async Task QueueManager_PasteTwoNewcomers_PreviewApplyAddsThemToTheQueue()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.SearchUtilitiesAsync("queue");
        await shell.OpenUtilityFromDrawerAsync("queue-manager", "Queue Manager");

        var state = (await app.GetEmulatorAsync()).State;
        var queue = state.Queues.OrderBy(q => q.Name, StringComparer.Ordinal).Last();
        var everyone = state.GetQueueMembers(queue.Id).Select(m => m.UserId).ToHashSet();
        var newcomers = state.Users.Where(u => u.State == "active" && !everyone.Contains(u.Id)).Take(2).ToList();
        await PickAsync(page, "#picker-queue", queue.Name);
        await Expect(page.Locator("#qm-queue-name")).ToHaveTextAsync(queue.Name);
        await Expect(page.Locator("#qm-members-grid")).ToBeVisibleAsync();

        await page.Locator("textarea#wf-paste-input, #wf-paste-input textarea").First.FillAsync($"{newcomers[0].Email}\n{newcomers[1].Email}");
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("2");
        await page.Locator("#wf-apply-btn").ClickAsync();

        await Expect(page.Locator("#wf-count-applied")).ToHaveTextAsync("2");
        Assert.All(newcomers, u => Assert.Contains(u.Id, state.GetQueueMemberIds(queue.Id)));
    }

    [BrowserFact]
    public async Task QueueManager_MakeLikeAnotherQueue_OneJobLeavesOnlyGroupPeopleOutsideTheModel()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("queue-manager", "Queue Manager");

        var state = (await app.GetEmulatorAsync()).State;
        var ordered = state.Queues.OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
        var (model, queue) = (ordered[1], ordered[2]);
        var everyoneInModel = state.GetQueueMembers(model.Id).Select(m => m.UserId).ToHashSet();
        await PickAsync(page, "#picker-queue", queue.Name);
        await Expect(page.Locator("#qm-queue-name")).ToHaveTextAsync(queue.Name);

        await PickAsync(page, "#qm-compare-input", model.Name);
        await Expect(page.Locator("#qm-compare-only-a")).ToHaveTextAsync(everyoneInModel.Count(id => !state.GetQueueMembers(queue.Id).Any(m => m.UserId == id)).ToString());
        await page.Locator("#qm-make-like-btn").ClickAsync();
        await Expect(page.Locator("#wf-apply-btn")).ToBeEnabledAsync();
        await page.Locator("#wf-apply-btn").ClickAsync();

        await Expect(page.Locator("#wf-result-failed")).ToHaveTextAsync("0");
        var after = state.GetQueueMembers(queue.Id);
        Assert.Superset(everyoneInModel, after.Select(m => m.UserId).ToHashSet());
        Assert.All(after.Where(m => !everyoneInModel.Contains(m.UserId)), m => Assert.Equal("group", m.MemberBy));
    }

    [BrowserFact]
    public async Task QueueManager_SetRingForEveryone_PreviewNamesGroupMembersAndTheJobSetsTheIndividualsRing()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("queue-manager", "Queue Manager");

        var state = (await app.GetEmulatorAsync()).State;
        var queue = state.Queues.OrderBy(q => q.Name, StringComparer.Ordinal).ElementAt(3);
        var before = state.GetQueueMembers(queue.Id);
        var toChange = before.Count(m => m.MemberBy == "user" && m.RingNumber != 3);
        var groupOnly = before.Count(m => m.MemberBy == "group");
        Assert.True(toChange > 0 && groupOnly > 0, "the seeded queue should have individual members and members only through a group");
        await PickAsync(page, "#picker-queue", queue.Name);
        await Expect(page.Locator("#qm-queue-name")).ToHaveTextAsync(queue.Name);

        await page.Locator("#qm-members-grid thead input[type=checkbox]").CheckAsync();
        await page.Locator("#qm-ring-input").FillAsync("3");
        await page.Locator("#qm-ring-input").PressAsync("Tab");
        await Expect(page.Locator("#qm-ring-btn")).ToHaveTextAsync("Set ring 3 for selected");
        await page.Locator("#qm-ring-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync(toChange.ToString("N0"));
        await Expect(page.Locator("#wf-count-cannot-change-here")).ToHaveTextAsync(groupOnly.ToString("N0"));
        await page.Locator("#wf-apply-btn").ClickAsync();

        await Expect(page.Locator("#wf-count-applied")).ToHaveTextAsync(toChange.ToString("N0"));
        var after = state.GetQueueMembers(queue.Id);
        Assert.All(after.Where(m => m.MemberBy == "user"), m => Assert.Equal(3, m.RingNumber));
        Assert.Equal(before.Where(m => m.MemberBy == "group"), after.Where(m => m.MemberBy == "group"));
    }

    [BrowserFact]
    public async Task SkillsManager_PickSkillPasteTwoPeople_AssignsTheProficiency()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.SearchUtilitiesAsync("skill");
        await shell.OpenUtilityFromDrawerAsync("skills-manager", "Skills Manager");

        var state = (await app.GetEmulatorAsync()).State;
        var skill = state.Skills.OrderBy(s => s.Name, StringComparer.Ordinal).Last();
        var people = state.Users.Where(u => u.State == "active" && !state.GetUserSkills(u.Id).ContainsKey(skill.Id)).Skip(7).Take(2).ToList();
        await PickAsync(page, "#sm-skill-input", skill.Name);
        await Expect(page.Locator("#sm-holder-count")).ToBeVisibleAsync();

        await page.Locator("textarea#wf-paste-input, #wf-paste-input textarea").First.FillAsync($"{people[0].Email}\n{people[1].Email}");
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("2");
        await page.Locator("#wf-apply-btn").ClickAsync();

        await Expect(page.Locator("#wf-count-applied")).ToHaveTextAsync("2");
        Assert.All(people, u => Assert.Equal(3, state.GetUserSkills(u.Id)[skill.Id]));
    }

    [BrowserFact]
    public async Task SkillsManager_PickLanguagePasteTwoPeople_AssignsTheLanguageAtTheProficiency()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.SearchUtilitiesAsync("language");
        await shell.OpenUtilityFromDrawerAsync("skills-manager", "Skills Manager");

        var state = (await app.GetEmulatorAsync()).State;
        var language = state.Languages.OrderBy(l => l.Name, StringComparer.Ordinal).First();
        var people = state.Users.Where(u => u.State == "active" && !state.GetUserLanguages(u.Id).ContainsKey(language.Id)).Skip(3).Take(2).ToList();
        await page.Locator("#sm-kind-language").ClickAsync();
        await PickAsync(page, "#sm-skill-input", language.Name);
        await Expect(page.Locator("#sm-holder-count")).ToHaveTextAsync(
            state.Users.Count(u => u.State == "active" && state.GetUserLanguages(u.Id).ContainsKey(language.Id)).ToString());

        await page.Locator("textarea#wf-paste-input, #wf-paste-input textarea").First.FillAsync($"{people[0].Email}\n{people[1].Email}");
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("2");
        await page.Locator("#wf-apply-btn").ClickAsync();

        await Expect(page.Locator("#wf-count-applied")).ToHaveTextAsync("2");
        Assert.All(people, u => Assert.Equal(3, state.GetUserLanguages(u.Id)[language.Id]));
        Assert.All(people, u => Assert.False(state.GetUserSkills(u.Id).ContainsKey(language.Id)));
    }

    private static async Task PickAsync(IPage page, string inputSelector, string name)
    {
        await ShellPage.PickAsync(page, page.Locator(inputSelector), name, name);
        await Expect(page.Locator(inputSelector)).ToHaveValueAsync(name);
    }
}
