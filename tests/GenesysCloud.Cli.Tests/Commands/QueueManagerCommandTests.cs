using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Commands;

[Collection(EmulatorCollection.Name)]
public sealed class QueueManagerCommandTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task QueuesMembers_Json_ListsEveryoneWithHowTheyBelong()
    {
        var queue = Queue(10);
        var expected = fixture.Emulator.State.GetQueueMembers(queue.Id);

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "members", "--queue", queue.Name, "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(expected.Select(m => m.UserId).Order(), rows.Select(r => r.GetProperty("userId").GetString()).Order());
        Assert.Equal(expected.Count(m => m.MemberBy == "user"), rows.Count(r => r.GetProperty("direct").GetBoolean()));
        Assert.Equal(expected.Count(m => m.Joined), rows.Count(r => r.GetProperty("joined").GetBoolean()));
    }

    [Fact]
    public async Task QueuesCompare_Json_SplitsOnlyInAOnlyInBAndBoth()
    {
        var (a, b) = (Queue(11), Queue(12));
        var inA = fixture.Emulator.State.GetQueueMembers(a.Id).Select(m => m.UserId).ToHashSet();
        var inB = fixture.Emulator.State.GetQueueMembers(b.Id).Select(m => m.UserId).ToHashSet();

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "compare", "--queue", a.Id, "--with", b.Name, "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(inA.Except(inB).Count(), json.RootElement.GetProperty("onlyInA").GetArrayLength());
        Assert.Equal(inB.Except(inA).Count(), json.RootElement.GetProperty("onlyInB").GetArrayLength());
        Assert.Equal(inA.Intersect(inB).Count(), json.RootElement.GetProperty("inBoth").GetArrayLength());
    }

    [Fact]
    public async Task QueuesSync_DryRun_PrintsAddsAndRemovesAndChangesNothing()
    {
        var (a, b) = (Queue(13), Queue(14));
        var before = fixture.Emulator.State.GetQueueMemberIds(b.Id);

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "sync", "--queue", b.Name, "--like", a.Name, "--dry-run", "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("syncQueue", json.RootElement.GetProperty("operation").GetString());
        Assert.Contains("to add", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Emulator.State.GetQueueMemberIds(b.Id));
    }

    [Fact]
    public async Task QueuesUnjoin_Emails_LeavesThoseMembersUnjoined()
    {
        var queue = Queue(15);
        var members = fixture.Emulator.State.GetQueueMembers(queue.Id).Where(m => m.Joined && m.MemberBy == "user").Take(2).ToList();
        var emails = string.Join(",", members.Select(m => fixture.Emulator.State.FindUser(m.UserId)!.Email));

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "unjoin", "--queue", queue.Name, "--emails", emails);

        run.ShouldExitWith(ExitCodes.Done);
        var after = fixture.Emulator.State.GetQueueMembers(queue.Id);
        Assert.All(members, m => Assert.False(after.Single(a => a.UserId == m.UserId).Joined));
    }

    [Fact]
    public async Task QueuesUnjoin_CsvDryRunJson_ItemsCarryTheirCsvLine()
    {
        var queue = Queue(18);
        var members = fixture.Emulator.State.GetQueueMembers(queue.Id).Where(m => m.Joined && m.MemberBy == "user").Take(2).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"unjoin-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["email", "", .. members.Select(m => fixture.Emulator.State.FindUser(m.UserId)!.Email)]);

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "unjoin", "--queue", queue.Name, "--file", file, "--dry-run", "--output", "json");
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal([3, 4], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task QueuesExport_Out_WritesFormulaSafeCsvOfTheQueue()
    {
        var queue = Queue(16);
        var file = Path.Combine(Path.GetTempPath(), $"queue-{Guid.NewGuid():N}.csv");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "export", "--queue", queue.Name, "--out", file);

        run.ShouldExitWith(ExitCodes.Done);
        var lines = (await File.ReadAllLinesAsync(file)).Where(l => l.Length > 0).ToArray();
        File.Delete(file);
        Assert.Equal("userId,name,belongs,viaGroups,joined,ringNumber", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(fixture.Emulator.State.GetQueueMembers(queue.Id).Count, lines.Length - 1);
    }

    [Fact]
    public async Task QueuesRing_CsvDryRun_JsonItemsCarryTheirCsvLineAndRingAndNothingChanges()
    {
        var queue = Queue(17);
        var members = fixture.Emulator.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user" && m.RingNumber != 6).Take(2).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"ring-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["email", .. members.Select(m => fixture.Emulator.State.FindUser(m.UserId)!.Email), "nobody@nowhere.example.com"]);

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "ring", "--queue", queue.Name, "--ring", "6", "--file", file, "--dry-run", "--output", "json");
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("setRingNumber", json.RootElement.GetProperty("operation").GetString());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2, 3, 4], items.Select(i => i.GetProperty("line").GetInt32()));
        Assert.Equal(["willChange", "willChange", "notFound"], items.Select(i => i.GetProperty("action").GetString()));
        Assert.All(items.Take(2), i => Assert.Equal(6, i.GetProperty("ringNumber").GetInt32()));
        Assert.Equal(members, fixture.Emulator.State.GetQueueMembers(queue.Id).Where(m => members.Any(x => x.UserId == m.UserId)));
    }

    [Fact]
    public async Task QueuesRing_Emails_PutsThoseMembersOnTheRing()
    {
        var queue = Queue(18);
        var members = fixture.Emulator.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user" && m.RingNumber != 2).Take(2).ToList();
        var emails = string.Join(",", members.Select(m => fixture.Emulator.State.FindUser(m.UserId)!.Email));

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "ring", "--queue", queue.Name, "--ring", "2", "--emails", emails);

        run.ShouldExitWith(ExitCodes.Done);
        Assert.Contains($"put members of queue '{queue.Name}' on ring 2", run.Error, StringComparison.Ordinal);
        var after = fixture.Emulator.State.GetQueueMembers(queue.Id);
        Assert.All(members, m => Assert.Equal(2, after.Single(a => a.UserId == m.UserId && a.MemberBy == "user").RingNumber));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    public async Task QueuesRing_RingOutsideOneToSix_IsBadInputAndSendsNothing(string ring)
    {
        var queue = Queue(19);
        var before = fixture.Emulator.State.GetQueueMembers(queue.Id);

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "ring", "--queue", queue.Name, "--ring", ring, "--emails", "a@example.com");

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--ring", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Emulator.State.GetQueueMembers(queue.Id));
    }

    [Fact]
    public async Task QueuesRing_CsvWithRingNumberColumn_PutsEachRowOnItsOwnRingAndTheRestOnTheGivenOne()
    {
        var queue = Queue(20);
        var members = fixture.Emulator.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user" && m.RingNumber is not (4 or 5 or 2)).Take(3).ToList();
        var emails = members.Select(m => fixture.Emulator.State.FindUser(m.UserId)!.Email).ToList();
        var file = await CsvAsync("email,ringNumber", $"{emails[0]},4", $"{emails[1]}, 5 ", $"{emails[2]},");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "ring", "--queue", queue.Name, "--ring", "2", "--file", file, "--output", "json");
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.Done);
        var after = fixture.Emulator.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user").ToDictionary(m => m.UserId, m => m.RingNumber);
        Assert.Equal([4, 5, 2], members.Select(m => after[m.UserId]));
    }

    [Fact]
    public async Task QueuesRing_CsvRingNumberOnEveryRow_NeedsNoRingOption()
    {
        var queue = Queue(21);
        var member = fixture.Emulator.State.GetQueueMembers(queue.Id).First(m => m.MemberBy == "user" && m.RingNumber != 3);
        var file = await CsvAsync("ringNumber,email", $"3,{fixture.Emulator.State.FindUser(member.UserId)!.Email}");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "ring", "--queue", queue.Name, "--file", file, "--dry-run", "--output", "json");
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal((3, "willChange"), (item.GetProperty("ringNumber").GetInt32(), item.GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData("7", "Line 3, column 'ringNumber': '7' is not a ring number from 1 to 6.")]
    [InlineData("two", "Line 3, column 'ringNumber': 'two' is not a ring number from 1 to 6.")]
    [InlineData("2.5", "Line 3, column 'ringNumber': '2.5' is not a ring number from 1 to 6.")]
    public async Task QueuesRing_CsvBadRingNumber_IsBadInputNamingRowAndColumnAndSendsNothing(string ring, string message)
    {
        var queue = Queue(19);
        var before = fixture.Emulator.State.GetQueueMembers(queue.Id);
        var file = await CsvAsync("email,ringNumber", "a@example.com,2", $"b@example.com,{ring}");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "ring", "--queue", queue.Name, "--ring", "2", "--file", file);
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Emulator.State.GetQueueMembers(queue.Id));
    }

    [Fact]
    public async Task QueuesRing_CsvRowWithoutRingAndNoRingOption_IsBadInput()
    {
        var file = await CsvAsync("email,ringNumber", "a@example.com,2", "b@example.com,");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "queues", "ring", "--queue", Queue(19).Name, "--file", file);
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--ring is required: not every row of the input has a ringNumber.", run.Error, StringComparison.Ordinal);
    }

    private static async Task<string> CsvAsync(params string[] lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ring-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, lines);
        return file;
    }

    private Emulator.Model.EmulatorQueue Queue(int index) =>
        fixture.Emulator.State.Queues.OrderBy(q => q.Id, StringComparer.Ordinal).ElementAt(index);
}
