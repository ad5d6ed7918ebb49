using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class SkillsCopyEndToEndTests(BrowserAppFixture app)
{
    /// <summary>Slow enough that the copy (about 25 calls per batch, two batches) is still running when the tab closes.</summary>
    private static readonly TimeSpan SlowApi = TimeSpan.FromMilliseconds(300);

    [BrowserFact]
    public async Task Copy_TabClosedMidJob_TheOneJobCompletesAndEveryoneHasTheSourcesSkillsAndLanguage()
    {
        var first = await OpenSkillsManagerAsync();
        var emulator = await app.GetEmulatorAsync();
        var state = emulator.State;
        var holdsNothing = HoldingNothing(state, skip: 40, count: 26);
        var (source, people) = (holdsNothing[0], holdsNothing[1..]);
        state.SetUserSkill(source.Id, state.Skills[^1].Id, 4);
        state.SetUserSkill(source.Id, state.Skills[^2].Id, 2);
        state.SetUserLanguage(source.Id, state.Languages[^1].Id, 5);

        await PickSourceAsync(first, source);
        await first.Locator("textarea#wf-paste-input, #wf-paste-input textarea").First.FillAsync(string.Join('\n', people.Select(p => p.Email)));
        await first.Locator("#wf-preview-btn").ClickAsync();
        await Expect(first.Locator("#wf-count-will-change")).ToHaveTextAsync("25");

        try
        {
            emulator.Faults.Latency = SlowApi;
            await first.Locator("#wf-apply-btn").ClickAsync();
            await Expect(first.Locator("#wf-progress-text")).ToContainTextAsync(" / 75");
            var jobId = await first.Locator("#wf-progress").GetAttributeAsync("data-job-id");
            Assert.False(people.All(p => state.GetUserLanguages(p.Id).ContainsKey(state.Languages[^1].Id)), "the copy finished before the tab closed");
            await first.Context.CloseAsync();

            var second = await app.NewPageAsync();
            var jobs = new ShellPage(second, app.BaseUrl);
            await jobs.OpenHomeAsync();
            await jobs.OpenUtilityFromDrawerAsync("jobs", "Jobs");
            await Expect(second.Locator($"#jobs-running-{jobId}-text")).ToContainTextAsync("completed", new() { Timeout = 30_000 });

            // The job's detail reads one row per person, as its preview did, not one per skill or language.
            await second.Locator($".jobs-open-btn[data-job-id='{jobId}']").ClickAsync();
            await Expect(second.Locator("#jobs-items-count-applied")).ToHaveTextAsync("25");
            await Expect(second.Locator("#jobs-detail-rows")).ToContainTextAsync("25 input rows, one per person, for 75 items");
        }
        finally
        {
            emulator.Faults.Latency = TimeSpan.Zero;
        }

        Assert.All(people, p => Assert.Equal(4, state.GetUserSkills(p.Id)[state.Skills[^1].Id]));
        Assert.All(people, p => Assert.Equal(2, state.GetUserSkills(p.Id)[state.Skills[^2].Id]));
        Assert.All(people, p => Assert.Equal(5, state.GetUserLanguages(p.Id)[state.Languages[^1].Id]));
    }

    [BrowserFact]
    public async Task Copy_ToPeoplePastedThenToOnePicked_EachPreviewHasOneRowPerPersonAndEveryoneGetsTheSourcesSkills()
    {
        var page = await OpenSkillsManagerAsync();
        var state = (await app.GetEmulatorAsync()).State;
        var blank = HoldingNothing(state, skip: 120, count: 4);
        var (source, pasted, picked) = (blank[0], blank[1..3], blank[3]);
        var (skill, language) = (state.Skills[^3].Id, state.Languages[^2].Id);
        state.SetUserSkill(source.Id, skill, 3);
        state.SetUserLanguage(source.Id, language, 1);
        state.SetUserSkill(pasted[1].Id, skill, 3);

        await PickSourceAsync(page, source);
        await page.Locator("textarea#wf-paste-input, #wf-paste-input textarea").First.FillAsync($"{pasted[0].Email}\nghost@nowhere.example\n{pasted[1].Email}");
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("2");
        await Expect(page.Locator("#wf-count-not-found")).ToHaveTextAsync("1");
        await Expect(page.Locator("#wf-rows")).ToContainTextAsync("gives 1 skill and 1 language");
        await Expect(page.Locator("#wf-rows")).ToContainTextAsync("gives 1 language; 1 already so");
        await Expect(page.Locator("#wf-apply-btn")).ToContainTextAsync("Apply 3 changes to 2 people");
        await page.Locator("#wf-apply-btn").ClickAsync();
        await Expect(page.Locator("#wf-result-applied")).ToHaveTextAsync("2");
        await page.Locator("#wf-done-btn").ClickAsync();

        await page.Locator(".mud-tab").Filter(new LocatorFilterOptions { HasTextString = "Search users" }).ClickAsync();
        await page.Locator("#wf-search-input").FillAsync(picked.Email);
        await page.Locator("#wf-search-results .mud-list-item").Filter(new LocatorFilterOptions { HasTextString = picked.Email }).ClickAsync();
        await page.Locator("#wf-add-picked-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("1");
        await page.Locator("#wf-apply-btn").ClickAsync();
        await Expect(page.Locator("#wf-result-applied")).ToHaveTextAsync("1");

        Assert.All([.. pasted, picked], p => Assert.Equal(3, state.GetUserSkills(p.Id)[skill]));
        Assert.All([.. pasted, picked], p => Assert.Equal(1, state.GetUserLanguages(p.Id)[language]));
    }

    [BrowserFact]
    public async Task Copy_MakeIdenticalSwitchedAfterAPreview_ThePastedPeopleStayAndOnlyThePreviewIsDropped()
    {
        var page = await OpenSkillsManagerAsync();
        var state = (await app.GetEmulatorAsync()).State;
        var blank = HoldingNothing(state, skip: 160, count: 3);
        state.SetUserSkill(blank[0].Id, state.Skills[^4].Id, 2);
        var pasted = $"{blank[1].Email}\n{blank[2].Email}";

        await PickSourceAsync(page, blank[0]);
        var paste = page.Locator("textarea#wf-paste-input, #wf-paste-input textarea").First;
        await paste.FillAsync(pasted);
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("2");
        await page.GetByText("Make identical (also remove what the source does not have)").ClickAsync();

        await Expect(page.Locator("#wf-preview")).ToHaveCountAsync(0);
        await Expect(page.Locator("#wf-preview-stale")).ToBeVisibleAsync();
        await Expect(paste).ToHaveValueAsync(pasted);
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-preview-title")).ToContainTextAsync("(make identical)");
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync("2");
    }

    private async Task<IPage> OpenSkillsManagerAsync()
    {
        var page = await app.NewPageAsync();
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("skills-manager", "Skills Manager");
        return page;
    }

    /// <summary>Active users, after the first <paramref name="skip"/>, who hold no skill or language yet.</summary>
    private static List<Emulator.Model.EmulatorUser> HoldingNothing(Emulator.EmulatorState state, int skip, int count)
    {
        var users = state.Users.Where(u => u.State == "active").Skip(skip)
            .Where(u => state.GetUserSkills(u.Id).Count == 0 && state.GetUserLanguages(u.Id).Count == 0).Take(count).ToList();
        Assert.Equal(count, users.Count);
        return users;
    }

    /// <summary>Switches Skills Manager to copying and picks the person to copy from.</summary>
    private static async Task PickSourceAsync(IPage page, Emulator.Model.EmulatorUser source)
    {
        await page.Locator("#sm-mode-copy").ClickAsync();
        var picker = page.Locator("#sm-copy-source");
        await ShellPage.PickAsync(page, picker, source.Email, $"<{source.Email}>");
        await Expect(picker).ToHaveValueAsync($"{source.Name} <{source.Email}>");
        await Expect(page.Locator("#wf-input")).ToBeVisibleAsync();
    }
}
