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
        var first = await app.NewPageAsync();
        var shell = new ShellPage(first, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("skills-manager", "Skills Manager");
        var emulator = await app.GetEmulatorAsync();
        var state = emulator.State;
        var active = state.Users.Where(u => u.State == "active").Skip(40).ToList();
        var holdsNothing = active.Where(u => state.GetUserSkills(u.Id).Count == 0 && state.GetUserLanguages(u.Id).Count == 0).Take(26).ToList();
        Assert.Equal(26, holdsNothing.Count);
        var (source, people) = (holdsNothing[0], holdsNothing[1..]);
        state.SetUserSkill(source.Id, state.Skills[^1].Id, 4);
        state.SetUserSkill(source.Id, state.Skills[^2].Id, 2);
        state.SetUserLanguage(source.Id, state.Languages[^1].Id, 5);

        var picker = first.Locator("#sm-copy-source");
        await picker.ClickAsync();
        await picker.FillAsync(source.Email);
        await first.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasTextString = $"<{source.Email}>" }).First.ClickAsync();
        await Expect(picker).ToHaveValueAsync($"{source.Name} <{source.Email}>");
        await first.Locator("textarea#sm-copy-targets, #sm-copy-targets textarea").First.FillAsync(string.Join('\n', people.Select(p => p.Email)));
        await first.Locator("#sm-copy-preview-btn").ClickAsync();
        await Expect(first.Locator("#sm-copy-summary")).ToBeVisibleAsync();

        try
        {
            emulator.Faults.Latency = SlowApi;
            await first.Locator("#sm-copy-apply-btn").ClickAsync();
            await Expect(first.Locator("#sm-copy-progress-text")).ToContainTextAsync(" / 75");
            var jobId = await first.Locator("#sm-copy-progress").GetAttributeAsync("data-job-id");
            Assert.False(people.All(p => state.GetUserLanguages(p.Id).ContainsKey(state.Languages[^1].Id)), "the copy finished before the tab closed");
            await first.Context.CloseAsync();

            var second = await app.NewPageAsync();
            var jobs = new ShellPage(second, app.BaseUrl);
            await jobs.OpenHomeAsync();
            await jobs.OpenUtilityFromDrawerAsync("jobs", "Jobs");
            await Expect(second.Locator($"#jobs-running-{jobId}-text")).ToContainTextAsync("completed", new() { Timeout = 30_000 });
        }
        finally
        {
            emulator.Faults.Latency = TimeSpan.Zero;
        }

        Assert.All(people, p => Assert.Equal(4, state.GetUserSkills(p.Id)[state.Skills[^1].Id]));
        Assert.All(people, p => Assert.Equal(2, state.GetUserSkills(p.Id)[state.Skills[^2].Id]));
        Assert.All(people, p => Assert.Equal(5, state.GetUserLanguages(p.Id)[state.Languages[^1].Id]));
    }
}
