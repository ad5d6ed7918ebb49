using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Commands;

[Collection(EmulatorCollection.Name)]
public sealed class MembershipCommandTests(EmulatorFixture fixture)
{
    private static readonly string[] ReportProperties =
    [
        "command", "dryRun", "jobId", "operation", "target", "status", "resolution", "undoOfJobId",
        "summary", "calls", "http429", "durationSeconds", "items",
    ];

    private static readonly string[] ItemProperties =
        ["index", "line", "identifier", "userId", "userName", "action", "status", "proficiency", "ringNumber", "note", "error"];

    [Fact]
    public async Task GroupsAddMembers_DryRun_PrintsPlanAndChangesNothing()
    {
        var emulator = fixture.Emulator;
        var group = OrgPicks.Group(emulator, 0);
        var before = emulator.State.GetGroupMemberIds(group.Id);
        var versionBefore = emulator.State.GetGroupVersion(group.Id);
        var newcomers = OrgPicks.NonMembers(emulator, group.Id, 5);
        var member = OrgPicks.Members(emulator, group.Id, 1);
        emulator.Requests.Clear();

        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "groups", "add-members", "--group", group.Name, "--dry-run",
            "--emails", OrgPicks.Emails([.. newcomers, .. member]) + ",nobody@nowhere.example.com");

        run.ShouldExitWith(ExitCodes.Done);
        Assert.Contains("Plan (dry run", run.Out, StringComparison.Ordinal);
        Assert.Contains("nobody@nowhere.example.com", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Status", run.Out, StringComparison.Ordinal);
        Assert.True(before.SetEquals(emulator.State.GetGroupMemberIds(group.Id)));
        Assert.Equal(versionBefore, emulator.State.GetGroupVersion(group.Id));
        Assert.DoesNotContain(emulator.Requests.Entries, e => e.Method is "POST" or "DELETE" or "PATCH" or "PUT" && e.RouteTemplate.Contains("/members", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupsAddMembers_DryRunJson_CountsEveryDecision()
    {
        var emulator = fixture.Emulator;
        var group = OrgPicks.Group(emulator, 1);
        var newcomers = OrgPicks.NonMembers(emulator, group.Id, 4);
        var member = OrgPicks.Members(emulator, group.Id, 1);

        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "groups", "add-members", "--group", group.Id, "--dry-run", "--output", "json",
            "--emails", OrgPicks.Emails([.. newcomers, .. member]) + ",nobody@nowhere.example.com");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("dryRun").GetBoolean());
        Assert.Equal("planned", root.GetProperty("status").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal(6, summary.GetProperty("items").GetInt32());
        Assert.Equal(4, summary.GetProperty("willChange").GetInt32());
        Assert.Equal(member.Count, summary.GetProperty("alreadyDone").GetInt32());
        Assert.Equal(1, summary.GetProperty("notFound").GetInt32());
        Assert.Equal(0, summary.GetProperty("applied").GetInt32());
    }

    [Fact]
    public async Task GroupsAddMembers_JsonOutput_HasTheStableShapeAndAddsTheUsers()
    {
        var emulator = fixture.Emulator;
        var group = OrgPicks.Group(emulator, 2);
        var before = emulator.State.GetGroupMemberIds(group.Id);
        var newcomers = OrgPicks.NonMembers(emulator, group.Id, 3);

        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "groups", "add-members", "--group", group.Name, "--output", "json",
            "--emails", OrgPicks.Emails(newcomers));

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(ReportProperties, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("groups add-members", root.GetProperty("command").GetString());
        Assert.Equal("addToGroup", root.GetProperty("operation").GetString());
        Assert.Equal("completed", root.GetProperty("status").GetString());
        Assert.Equal("group", root.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal(group.Id, root.GetProperty("target").GetProperty("id").GetString());
        Assert.InRange(root.GetProperty("calls").GetInt32(), 2, 10);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, item =>
        {
            Assert.Equal(ItemProperties, item.EnumerateObject().Select(p => p.Name));
            Assert.Equal("applied", item.GetProperty("status").GetString());
        });
        var expected = before.Union(newcomers.Select(u => u.Id)).ToHashSet();
        Assert.True(expected.SetEquals(emulator.State.GetGroupMemberIds(group.Id)));
    }

    [Fact]
    public async Task GroupsAddMembers_UnknownEmail_ExitsPartlyFailedAndNamesIt()
    {
        var emulator = fixture.Emulator;
        var group = OrgPicks.Group(emulator, 3);
        var newcomer = OrgPicks.NonMembers(emulator, group.Id, 1);

        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "groups", "add-members", "--group", group.Id, "--output", "json",
            "--emails", OrgPicks.Emails(newcomer) + ",ghost@nowhere.example.com");

        run.ShouldExitWith(ExitCodes.PartlyFailed);
        using var json = JsonDocument.Parse(run.Out);
        var ghost = json.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("identifier").GetString() == "ghost@nowhere.example.com");
        Assert.Equal("notFound", ghost.GetProperty("action").GetString());
        Assert.Contains(newcomer[0].Id, emulator.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task GroupsAddMembers_UnknownGroup_ExitsWithBadInputNamingTheOption()
    {
        var run = await fixture.RunAsync(
            fixture.NewJournalPath(), "groups", "add-members", "--group", "No Such Group 42", "--emails", "a@example.com");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--group", run.Error, StringComparison.Ordinal);
        Assert.Contains("No Such Group 42", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsRemoveMembers_FromCsv_RemovesMembersAndReportsNonMembers()
    {
        var emulator = fixture.Emulator;
        var group = OrgPicks.Group(emulator, 4);
        var members = OrgPicks.Members(emulator, group.Id, 2);
        var outsider = OrgPicks.NonMembers(emulator, group.Id, 1);
        var file = Path.Combine(Path.GetTempPath(), $"gcutil-remove-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "name,email\n" + string.Join("\n", members.Concat(outsider).Select(u => $"\"{u.Name}\",{u.Email}")) + "\n");

        try
        {
            var run = await fixture.RunAsync(fixture.NewJournalPath(), "groups", "remove-members", "--group", group.Id, "--file", file);

            run.ShouldExitWith(ExitCodes.Done);
            Assert.Contains("Job completed", run.Out, StringComparison.Ordinal);
            var after = emulator.State.GetGroupMemberIds(group.Id);
            Assert.DoesNotContain(members[0].Id, after);
            Assert.DoesNotContain(members[1].Id, after);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task GroupsAddMembers_InTerminal_ShowsProgressThenTheReport()
    {
        var emulator = fixture.Emulator;
        var group = OrgPicks.Group(emulator, 5);
        var newcomers = OrgPicks.NonMembers(emulator, group.Id, 60);

        var run = await fixture.RunInteractiveAsync(
            fixture.NewJournalPath(), "groups", "add-members", "--group", group.Id, "--emails", OrgPicks.Emails(newcomers));

        run.ShouldExitWith(ExitCodes.Done);
        Assert.Contains("60/60 items", run.Out, StringComparison.Ordinal);
        Assert.Contains("Job completed", run.Out, StringComparison.Ordinal);
        Assert.Contains("jobs resume", run.Error, StringComparison.Ordinal);
    }
}
