using GenesysCloud.Emulator;
using GenesysCloud.Emulator.Model;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenesysCloud.Web.Tests.EndToEnd;

/// <summary>The shared bulk-change workflow in the browser: a large paste, and jobs that outlive their tab.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowEndToEndTests(BrowserAppFixture app)
{
    // Slows every API call of the sandbox while a job runs, so a tab can be closed (or another tab cancel) mid-job.
    private static readonly TimeSpan SlowApi = TimeSpan.FromMilliseconds(700);

    [BrowserFact]
    public async Task Paste_TenThousandLines_PreviewsWithCountsAndTheNotFoundFilter()
    {
        var page = await app.NewPageAsync();
        var emulator = await OpenGroupManagerAsync(page);
        var group = GroupWithMostRoom(emulator.State);
        await PickGroupAsync(page, group);
        var newcomers = Newcomers(emulator.State, group.Id);
        var lines = newcomers.Select(u => u.Email).Concat(Enumerable.Range(1, 10_000 - newcomers.Count).Select(i => $"nobody.{i}@example.invalid")).ToArray();
        var before = emulator.State.GetGroupReachIds(group.Id);

        // As a paste does: the whole text at once, then one input event (typing 270 KB key by key is not what people do).
        await page.Locator("#wf-paste-input").EvaluateAsync(
            "(box, text) => { box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); }", string.Join('\n', lines));
        await Expect(page.Locator("#wf-paste-input-size")).ToContainTextAsync("KB of 5 MB");
        await page.Locator("#wf-preview-btn").ClickAsync();

        var notFound = (10_000 - newcomers.Count).ToString("N0");
        await Expect(page.Locator("#wf-count-not-found")).ToHaveTextAsync(notFound, new() { Timeout = 30_000 });
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync(newcomers.Count.ToString("N0"));
        await page.Locator(".wf-count[data-state='NotFound']").ClickAsync();
        await Expect(page.Locator("#wf-rows")).ToContainTextAsync($"of {notFound}");
        await Expect(page.Locator("#wf-rows .wf-row-status").First).ToHaveTextAsync("Not found");
        await Expect(page.Locator("#wf-rows .wf-row-line").First).ToHaveTextAsync((newcomers.Count + 1).ToString("N0"));
        Assert.Equal(before, emulator.State.GetGroupReachIds(group.Id));
    }

    [BrowserFact]
    public async Task Apply_TabClosedMidJob_TheJobCompletesAndAnotherTabSeesIt()
    {
        var first = await app.NewPageAsync();
        var emulator = await OpenGroupManagerAsync(first);
        var group = GroupWithMostRoom(emulator.State);
        await PickGroupAsync(first, group);
        var newcomers = Newcomers(emulator.State, group.Id).Take(60).ToArray();
        Assert.Equal(60, newcomers.Length);
        var before = emulator.State.GetGroupMemberIds(group.Id);
        await PreviewAsync(first, newcomers);

        try
        {
            emulator.Faults.Latency = SlowApi;
            await first.Locator("#wf-apply-btn").ClickAsync();
            await Expect(first.Locator("#wf-progress-text")).ToContainTextAsync("50 / 60 done");
            var jobId = await first.Locator("#wf-progress").GetAttributeAsync("data-job-id");
            // The last batch is still unanswered (the emulator makes a change on arrival and answers it a latency later).
            Assert.Single(emulator.Requests.Entries, e => e.Method == "POST" && e.RouteTemplate == "/api/v2/groups/{groupId}/members");
            await first.Context.CloseAsync();

            var second = await app.NewPageAsync();
            await OpenJobsAsync(second);
            await Expect(second.Locator($"#jobs-running-{jobId}-text")).ToContainTextAsync("completed", new() { Timeout = 30_000 });
        }
        finally
        {
            emulator.Faults.Latency = TimeSpan.Zero;
        }

        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), emulator.State.GetGroupMemberIds(group.Id));
    }

    [BrowserFact]
    public async Task Cancel_FromAnotherTab_StopsTheJobAndTheTabThatStartedItShowsTheResult()
    {
        var first = await app.NewPageAsync();
        var emulator = await OpenGroupManagerAsync(first);
        var group = GroupWithMostRoom(emulator.State);
        await PickGroupAsync(first, group);
        var newcomers = Newcomers(emulator.State, group.Id).Take(60).ToArray();
        var before = emulator.State.GetGroupMemberIds(group.Id);
        await PreviewAsync(first, newcomers);
        var second = await app.NewPageAsync();
        await OpenJobsAsync(second);

        try
        {
            emulator.Faults.Latency = SlowApi;
            await first.Locator("#wf-apply-btn").ClickAsync();
            var jobId = await first.Locator("#wf-progress").GetAttributeAsync("data-job-id");
            await second.Locator($"#jobs-running-{jobId}-cancel").ClickAsync();

            await Expect(first.Locator("#wf-result")).ToContainTextAsync("Cancelled", new() { Timeout = 30_000 });
            await Expect(second.Locator($"#jobs-running-{jobId}-text")).ToContainTextAsync("cancelled");
        }
        finally
        {
            emulator.Faults.Latency = TimeSpan.Zero;
        }

        // At most the batch in flight was made; the result counts it as applied, or as unknown until a resume confirms it.
        var added = emulator.State.GetGroupMemberIds(group.Id).Count - before.Count;
        Assert.InRange(added, 0, 50);
        var applied = int.Parse(await first.Locator("#wf-result-applied").TextContentAsync() ?? "", System.Globalization.NumberStyles.Number);
        var unknown = await first.Locator("#wf-count-unknown").CountAsync() == 0 ? 0
            : int.Parse(await first.Locator("#wf-count-unknown").TextContentAsync() ?? "", System.Globalization.NumberStyles.Number);
        Assert.InRange(added, applied, applied + unknown);
        Assert.True(applied + unknown < newcomers.Length);
    }

    private async Task<GenesysEmulator> OpenGroupManagerAsync(IPage page)
    {
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("group-manager", "Group Manager");
        return await app.GetEmulatorAsync();
    }

    private async Task PickGroupAsync(IPage page, EmulatorGroup group)
    {
        await new ShellPage(page, app.BaseUrl).PickGroupAsync(group.Name);
        await Expect(page.Locator("#gm-group-name")).ToHaveTextAsync(group.Name);
    }

    private async Task OpenJobsAsync(IPage page)
    {
        var shell = new ShellPage(page, app.BaseUrl);
        await shell.OpenHomeAsync();
        await shell.OpenUtilityFromDrawerAsync("jobs", "Jobs");
        await Expect(page.Locator("#jobs-grid")).ToBeVisibleAsync();
    }

    private static async Task PreviewAsync(IPage page, IReadOnlyCollection<EmulatorUser> users)
    {
        await page.Locator("#wf-paste-input").FillAsync(string.Join('\n', users.Select(u => u.Email)));
        await page.Locator("#wf-preview-btn").ClickAsync();
        await Expect(page.Locator("#wf-count-will-change")).ToHaveTextAsync(users.Count.ToString("N0"));
    }

    private static EmulatorGroup GroupWithMostRoom(EmulatorState state) =>
        state.Groups.OrderByDescending(g => Newcomers(state, g.Id).Count).First();

    /// <summary>Active users the group does not reach in any way, so adding each one changes its members.</summary>
    private static IReadOnlyList<EmulatorUser> Newcomers(EmulatorState state, string groupId)
    {
        var reached = state.GetGroupReachIds(groupId);
        return [.. state.Users.Where(u => u.State == "active" && !reached.Contains(u.Id))];
    }
}
