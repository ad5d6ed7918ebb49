using System.Text;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Utilities.SkillsManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Tests.SkillsManager;

/// <summary>Copying one person's skills and languages through the shared workflow: any of its inputs, one row per person.</summary>
public sealed class RoutingCopyWorkflowTests
{
    [Fact]
    public async Task CopyFromCsv_PreviewsOneRowPerPersonWithItsLineThenAppliesAsOneJob()
    {
        await using var org = await TestOrg.StartAsync();
        var (source, people) = SourceAndPeople(org, 3);
        var (skill1, skill2, language) = GiveSource(org, source);
        org.State.SetUserSkill(people[1].Id, skill1, 4);
        org.State.SetUserSkill(people[1].Id, skill2, 2);
        org.State.SetUserLanguage(people[1].Id, language, 5);
        org.State.SetUserSkill(people[2].Id, skill1, 1);
        var csv = $"name,email\nA,{people[0].Email}\n\nGhost,ghost@nowhere.example\nB,{people[1].Email}\nC,{people[2].Email}\n";
        var input = WorkInput.From("people.csv", CsvIdentifierParser.Parse(Encoding.UTF8.GetBytes(csv)));

        var preview = await org.Workflow.PreviewAsync(await CopyAsync(org, source, new RoutingCopyOptions()), input);
        var job = await org.RunToEndAsync(preview);

        Assert.Equal([2, 4, 5, 6], preview.Rows.Select(r => r.Line));
        Assert.Equal([RowState.WillChange, RowState.NotFound, RowState.AlreadyDone, RowState.WillChange], preview.Rows.Select(r => r.State));
        Assert.StartsWith("gives 2 skills and 1 language: ", preview.Rows[0].Note, StringComparison.Ordinal);
        Assert.StartsWith("gives 1 skill and 1 language, changes 1 skill: ", preview.Rows[3].Note, StringComparison.Ordinal);
        Assert.Equal((2, 6), (preview.ChangeCount, preview.ItemChangeCount));
        Assert.Equal(RunningJobState.Completed, job.State);
        Assert.Equal([(2, RowState.Applied), (4, RowState.NotFound), (5, RowState.AlreadyDone), (6, RowState.Applied)],
            job.Rows.Select(r => (r.Line!.Value, r.State)));
        Assert.All(people, p => Assert.Equal(Holdings(org, source), Holdings(org, p)));
        Assert.Single(await org.Engine.ListJobsAsync());
        var report = Encoding.UTF8.GetString(WorkReport.Csv(job.Rows, preview.Change.Wording)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, report.Length);
        Assert.StartsWith("2,", report[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopyToEveryoneInAGroup_MakeIdentical_EveryMemberEndsWithTheSourcesExactSkillsAndUndoRestoresThemOneRowPerPerson()
    {
        await using var org = await TestOrg.StartAsync();
        var (source, people) = SourceAndPeople(org, 4);
        GiveSource(org, source);
        org.State.SetUserSkill(people[0].Id, org.State.Skills[5].Id, 3);
        org.State.SetUserLanguage(people[1].Id, org.State.Languages[4].Id, 1);
        var groupId = org.State.Groups[3].Id;
        org.State.AddGroupMembers(groupId, [source.Id, .. people.Select(p => p.Id)]);
        var members = await org.Api.Groups.GetMembersAsync(groupId);
        var before = members.ToDictionary(m => m.Id, m => Holdings(org, m.Id));

        var preview = await org.Workflow.PreviewAsync(await CopyAsync(org, source, new RoutingCopyOptions(Identical: true)),
            WorkInput.FromUsers("members of group", members));
        var job = await org.RunToEndAsync(preview);

        Assert.Equal(members.Count, preview.Rows.Count);
        Assert.Equal("the person copied from", Assert.Single(preview.Rows, r => r.UserId == source.Id).Note);
        Assert.Contains("removes 1 skill", preview.Rows.Single(r => r.UserId == people[0].Id).Note, StringComparison.Ordinal);
        Assert.Equal(RunningJobState.Completed, job.State);
        Assert.All(members.Where(m => m.Id != source.Id), m => Assert.Equal(Holdings(org, source), Holdings(org, m.Id)));

        var undo = await org.Workflow.PreviewUndoAsync(job.Result!.Job);
        var undone = await org.RunToEndAsync(undo);
        Assert.Equal(preview.Rows.Where(r => r.IsChange).Select(r => r.UserId), undo.Rows.Select(r => r.UserId));
        Assert.All(undone.Rows, r => Assert.Equal(RowState.Applied, r.State));
        Assert.All(members, m => Assert.Equal(before[m.Id], Holdings(org, m.Id)));
    }

    [Fact]
    public async Task Copy_OneLanguageRefusedByTheApi_ThatPersonIsFailedWithTheReasonAndTheOthersChanged()
    {
        await using var org = await TestOrg.StartAsync();
        var (source, people) = SourceAndPeople(org, 2);
        var (skill, _, language) = GiveSource(org, source);
        var input = WorkInput.From("pasted text", PastedIdentifierParser.Parse(string.Join('\n', people.Select(p => p.Email))));
        var preview = await org.Workflow.PreviewAsync(await CopyAsync(org, source, new RoutingCopyOptions()), input);
        var gone = Guid.NewGuid().ToString(); // e.g. a language deleted between preview and apply
        var plan = preview.Plan with
        {
            Items = [.. preview.Plan.Items.Select(i => i.UserId == people[0].Id && i.TargetId == language ? i with { TargetId = gone } : i)],
        };

        var job = await org.RunToEndAsync(preview with { Plan = plan });

        Assert.Equal(RunningJobState.CompletedWithErrors, job.State);
        Assert.Equal([RowState.Failed, RowState.Applied], job.Rows.Select(r => r.State));
        Assert.StartsWith($"language '{org.State.FindLanguage(language)!.Name}': given at 5: ", job.Rows[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("2 of 3 changes applied, 1 failed; ", job.Rows[0].Note, StringComparison.Ordinal);
        Assert.Equal(4, org.State.GetUserSkills(people[0].Id)[skill]);
        Assert.Equal(Holdings(org, source), Holdings(org, people[1]));
    }

    /// <summary>Active users who hold no skill or language: the first is the source.</summary>
    private static (EmulatorUser Source, EmulatorUser[] People) SourceAndPeople(TestOrg org, int people)
    {
        var blank = org.State.Users.Where(u => u.State == "active" && org.State.GetUserSkills(u.Id).Count == 0 && org.State.GetUserLanguages(u.Id).Count == 0)
            .Take(people + 1).ToArray();
        Assert.Equal(people + 1, blank.Length);
        return (blank[0], blank[1..]);
    }

    private static (string Skill1, string Skill2, string Language) GiveSource(TestOrg org, EmulatorUser source)
    {
        var (skill1, skill2, language) = (org.State.Skills[^1].Id, org.State.Skills[^2].Id, org.State.Languages[^1].Id);
        org.State.SetUserSkill(source.Id, skill1, 4);
        org.State.SetUserSkill(source.Id, skill2, 2);
        org.State.SetUserLanguage(source.Id, language, 5);
        return (skill1, skill2, language);
    }

    private static async Task<BulkChange> CopyAsync(TestOrg org, EmulatorUser source, RoutingCopyOptions what)
    {
        var service = new SkillsManagerService(org.Api, org.Engine);
        var items = (await service.GetItemsAsync(RoutingKind.Skill)).Concat(await service.GetItemsAsync(RoutingKind.Language));
        return RoutingCopyChange.For("Skills Manager", new User { Id = source.Id, Name = source.Name, Email = source.Email }, what, items);
    }

    private static string Holdings(TestOrg org, EmulatorUser user) => Holdings(org, user.Id);

    private static string Holdings(TestOrg org, string userId) =>
        string.Join(", ", org.State.GetUserSkills(userId).Concat(org.State.GetUserLanguages(userId))
            .OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}={h.Value}"));
}
