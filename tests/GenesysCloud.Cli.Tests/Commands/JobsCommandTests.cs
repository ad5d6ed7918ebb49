using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Commands;

[Collection(EmulatorCollection.Name)]
public sealed class JobsCommandTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task JobsListAndShow_AfterAJob_ReportItFromTheJournal()
    {
        var emulator = fixture.Emulator;
        var journal = fixture.NewJournalPath();
        var group = OrgPicks.Group(emulator, 10);
        var newcomers = OrgPicks.NonMembers(emulator, group.Id, 2);
        var add = await fixture.RunAsync(journal, "groups", "add-members", "--group", group.Id, "--emails", OrgPicks.Emails(newcomers));
        add.ShouldExitWith(ExitCodes.Done);

        var list = await fixture.RunAsync(journal, "jobs", "list", "--output", "json");
        using var listed = JsonDocument.Parse(list.Out);
        var job = Assert.Single(listed.RootElement.GetProperty("jobs").EnumerateArray());
        var jobId = job.GetProperty("id").GetString()!;
        var show = await fixture.RunAsync(journal, "jobs", "show", jobId, "--output", "json");
        using var shown = JsonDocument.Parse(show.Out);

        list.ShouldExitWith(ExitCodes.Done);
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("applied").GetInt32());
        Assert.Equal(group.Name, job.GetProperty("target").GetProperty("name").GetString());
        show.ShouldExitWith(ExitCodes.Done);
        Assert.Equal(jobId, shown.RootElement.GetProperty("jobId").GetString());
        Assert.Equal(
            newcomers.Select(u => u.Email).Order(),
            shown.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("identifier").GetString()).Order());
        Assert.Equal( // each item keeps where it was in --emails, read back from the journal
            GenesysCloud.Bulk.Csv.PastedIdentifierParser.Parse(OrgPicks.Emails(newcomers), GenesysCloud.Bulk.Csv.IdentifierKind.Email).ValueLines,
            shown.RootElement.GetProperty("items").EnumerateArray().Select(i => (int?)i.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task JobsUndo_AfterAnAdd_RestoresTheOriginalMembership()
    {
        var emulator = fixture.Emulator;
        var journal = fixture.NewJournalPath();
        var group = OrgPicks.Group(emulator, 11);
        var before = emulator.State.GetGroupMemberIds(group.Id);
        var newcomers = OrgPicks.NonMembers(emulator, group.Id, 4);
        var member = OrgPicks.Members(emulator, group.Id, 1);
        var add = await fixture.RunAsync(
            journal, "groups", "add-members", "--group", group.Id, "--output", "json", "--emails", OrgPicks.Emails([.. newcomers, .. member]));
        using var added = JsonDocument.Parse(add.Out);
        var jobId = added.RootElement.GetProperty("jobId").GetString()!;

        var preview = await fixture.RunAsync(journal, "jobs", "undo", jobId, "--dry-run", "--output", "json");
        using var previewed = JsonDocument.Parse(preview.Out);
        var undo = await fixture.RunAsync(journal, "jobs", "undo", jobId, "--output", "json");
        using var undone = JsonDocument.Parse(undo.Out);

        preview.ShouldExitWith(ExitCodes.Done);
        Assert.Equal(newcomers.Count, previewed.RootElement.GetProperty("summary").GetProperty("willChange").GetInt32());
        undo.ShouldExitWith(ExitCodes.Done);
        Assert.Equal(jobId, undone.RootElement.GetProperty("undoOfJobId").GetString());
        Assert.True(before.SetEquals(emulator.State.GetGroupMemberIds(group.Id)));
    }
}
