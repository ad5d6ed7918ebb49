using System.Text.Json;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Commands;

/// <summary><c>jobs show</c> and <c>jobs list</c> read a skills copy per person, as the web app's Jobs page does.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class CopyJobCommandTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task JobsShow_CopyJobWithARefusedLanguage_OneRowPerPersonWithTheirTallyAndTheFailureReason()
    {
        var (jobId, journal, plan, refused) = await CopyWithARefusedLanguageAsync(skip: 185);
        var itemsOf = plan.Items.GroupBy(i => i.UserId!).ToDictionary(g => g.Key, g => g.Select(i => i.Index).ToArray());
        var (first, second) = (plan.Items[0].UserId!, plan.Items[^1].UserId!);

        var show = await fixture.RunAsync(journal, "jobs", "show", jobId, "--output", "json");
        var table = await fixture.RunAsync(journal, "jobs", "show", jobId);

        show.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(show.Out);
        Assert.Equal(plan.Items.Count, json.RootElement.GetProperty("items").GetArrayLength()); // every item is still there
        var people = json.RootElement.GetProperty("people").EnumerateArray().ToArray();
        Assert.Equal([first, second], people.Select(p => p.GetProperty("userId").GetString()));
        Assert.Equal([1, 2], people.Select(p => p.GetProperty("line").GetInt32()));
        Assert.Equal(["failed", "applied"], people.Select(p => p.GetProperty("state").GetString()));
        Assert.Equal(itemsOf[first], people[0].GetProperty("items").EnumerateArray().Select(i => i.GetInt32()));
        var changes = plan.Items.Count(i => i.UserId == first && i.Action == BulkItemAction.WillChange);
        Assert.StartsWith($"{changes - 1} of {changes} changes applied, 1 failed; ", people[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"{refused}: given at ", people[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, people[1].GetProperty("error").ValueKind);
        table.ShouldExitWith(ExitCodes.Done);
        Assert.Contains($"2 people for {plan.Items.Count} items, one row each", table.Out, StringComparison.Ordinal);
        Assert.Contains("changes applied, 1 failed", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobsList_CopyJob_CountsPeopleNotItemsAndOtherJobsStillCountItems()
    {
        var (_, journal, _, _) = await CopyWithARefusedLanguageAsync(skip: 192);
        var group = OrgPicks.Group(fixture.Emulator, 12);
        var add = await fixture.RunAsync(journal, "groups", "add-members", "--group", group.Id, "--emails",
            OrgPicks.Emails(OrgPicks.NonMembers(fixture.Emulator, group.Id, 2)));
        add.ShouldExitWith(ExitCodes.Done);

        var list = await fixture.RunAsync(journal, "jobs", "list", "--output", "json");
        var table = await fixture.RunAsync(journal, "jobs", "list");

        list.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(list.Out);
        var jobs = json.RootElement.GetProperty("jobs").EnumerateArray().ToDictionary(j => j.GetProperty("operation").GetString()!);
        var people = jobs["copyRouting"].GetProperty("people");
        Assert.Equal((2, 1, 1), (people.GetProperty("changing").GetInt32(), people.GetProperty("applied").GetInt32(), people.GetProperty("failed").GetInt32()));
        Assert.False(jobs["addToGroup"].TryGetProperty("people", out _));
        Assert.Equal(2, jobs["addToGroup"].GetProperty("applied").GetInt32());
        table.ShouldExitWith(ExitCodes.Done);
        Assert.Contains("1 of 2 people", table.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// Copies a source's skill and language to two people, the first one's language swapped for one the org does not have
    /// (deleted between plan and apply), so that person's row fails on one item; the job is journaled where gcutil reads it.
    /// </summary>
    private async Task<(string JobId, string Journal, BulkPlan Plan, string Refused)> CopyWithARefusedLanguageAsync(int skip)
    {
        var emulator = fixture.Emulator;
        var state = emulator.State;
        var language = state.Languages[^2];
        var users = state.Users.Skip(skip).Where(u => u.State == "active" && !state.GetUserLanguages(u.Id).ContainsKey(language.Id)).Take(3).ToArray();
        Assert.Equal(3, users.Length);
        var (source, people) = (users[0], users[1..]);
        state.SetUserSkill(source.Id, state.Skills[^3].Id, 4);
        state.SetUserLanguage(source.Id, language.Id, 2);
        var journalPath = fixture.NewJournalPath();
        using var journal = JobJournals.Open(journalPath);
        var config = new GenesysConfig(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl };
        var engine = new BulkEngine(BulkConnection.Create(config), journal);
        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.CopyRouting, source.Id, [.. people.Select(p => p.Email!)])
        {
            Copy = new RoutingCopyOptions(),
            Lines = [1, 2],
        });
        var gone = Guid.NewGuid().ToString();
        plan = plan with
        {
            Items = [.. plan.Items.Select(i => i.UserId == people[0].Id && i.TargetId == language.Id ? i with { TargetId = gone } : i)],
        };
        var result = await engine.ApplyAsync(plan);
        Assert.Equal(1, result.Job.FailedCount);
        return (result.Job.Id, journalPath, plan, $"language '{language.Name}'");
    }
}
