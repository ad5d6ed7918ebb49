using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Conversations;

public sealed class ConversationCommandTests(ConversationOrgFixture org) : IClassFixture<ConversationOrgFixture>
{
    private const string DisconnectRoute = "/api/v2/conversations/{conversationId}/disconnect";

    [Fact]
    public async Task Find_Json_ListsEveryStuckConversationWithAgeQueueAndParticipants()
    {
        var expected = org.Stuck();

        var run = (await org.RunAsync("conversations", "find", "--output", "json")).ShouldExitWith(ExitCodes.Done);

        var json = JsonDocument.Parse(run.Out).RootElement;
        var found = json.GetProperty("conversations").EnumerateArray().ToList();
        Assert.Equal(expected.Select(c => c.Id).Order(), found.Select(c => c.GetProperty("conversationId").GetString()).Order());
        Assert.All(found, c => Assert.True(c.GetProperty("ageHours").GetDouble() >= 12));
        Assert.All(found, c => Assert.NotEmpty(c.GetProperty("participants").EnumerateArray()));
        Assert.Equal(1, json.GetProperty("calls").GetInt64());
    }

    [Fact]
    public async Task Find_QueueByNameAndMediaType_ReturnsOnlyThoseConversations()
    {
        var sample = org.Stuck().First(c => c.Participants.Any(p => p.QueueId is not null));
        var queue = org.Emulator.State.Queues.Single(q => q.Id == sample.Participants.First(p => p.QueueId is not null).QueueId);

        var run = (await org.RunAsync("conversations", "find", "--queue", queue.Name, "--media-type", sample.MediaType, "-o", "json"))
            .ShouldExitWith(ExitCodes.Done);

        var ids = JsonDocument.Parse(run.Out).RootElement.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString());
        var expected = org.Stuck().Where(c => c.MediaType == sample.MediaType && c.Participants.Any(p => p.QueueId == queue.Id)).Select(c => c.Id);
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Theory]
    [InlineData("--queue", "No Such Queue", "--queue: no queue named")]
    [InlineData("--older-than", "soon", "--older-than: 'soon' is not a duration")]
    [InlineData("--lookback", "1h", "must be longer than OlderThan")]
    public async Task Find_BadFilter_IsBadInputNamingTheOption(string option, string value, string message)
    {
        var run = (await org.RunAsync("conversations", "find", option, value)).ShouldExitWith(ExitCodes.BadInput);

        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_WithoutYes_RefusesSayingItCannotBeUndone_AndSendsNothing()
    {
        var target = org.Stuck()[0];
        var before = org.Emulator.Requests.CountsByEndpoint().GetValueOrDefault($"POST {DisconnectRoute}");

        var run = (await org.RunAsync("conversations", "end", "--ids", target.Id)).ShouldExitWith(ExitCodes.BadInput);

        Assert.Contains("cannot be undone", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, org.Emulator.Requests.CountsByEndpoint().GetValueOrDefault($"POST {DisconnectRoute}"));
        Assert.False(org.Emulator.State.FindConversation(target.Id)!.IsEnded);
    }

    [Fact]
    public async Task End_DryRun_FromStdin_PlansEachIdWithItsDescriptionAndEndsNothing()
    {
        var targets = org.Stuck().Skip(1).Take(2).ToList();
        var ended = org.Emulator.State.Conversations.First(c => c.IsEnded);
        using var stdin = new StringReader(string.Join('\n', [.. targets.Select(c => c.Id), ended.Id, targets[0].Id]));

        var run = (await org.RunAsync(stdin, "conversations", "end", "--file", "-", "--dry-run", "-o", "json")).ShouldExitWith(ExitCodes.Done);

        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        var items = report.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["willChange", "willChange", "willChange", "duplicate"], items.Select(i => i.GetProperty("action").GetString()));
        Assert.StartsWith(targets[0].MediaType, items[0].GetProperty("userName").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("already ended", items[2].GetProperty("userName").GetString(), StringComparison.Ordinal);
        Assert.All(targets, c => Assert.False(org.Emulator.State.FindConversation(c.Id)!.IsEnded));
    }

    [Fact]
    public async Task End_Yes_FromTheCsvFindSaved_EndsEachAndReportsPerItem()
    {
        var media = org.Stuck().Last().MediaType;
        var csv = org.NewPath("csv");
        (await org.RunAsync("conversations", "find", "--media-type", media, "--save", csv)).ShouldExitWith(ExitCodes.Done);
        var expected = org.Stuck().Where(c => c.MediaType == media).Select(c => c.Id).ToList();

        var run = (await org.RunAsync("conversations", "end", "--file", csv, "--yes", "-o", "json")).ShouldExitWith(ExitCodes.Done);

        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("completed", report.GetProperty("status").GetString());
        Assert.Equal(expected.Order(), report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("identifier").GetString()).Order());
        Assert.All(report.GetProperty("items").EnumerateArray(), i => Assert.Equal("applied", i.GetProperty("status").GetString()));
        Assert.All(expected, id => Assert.True(org.Emulator.State.FindConversation(id)!.IsEnded));
    }

    [Fact]
    public async Task End_Yes_FromAFileWithBlankLinesAndARepeat_JournalsEachItemsFileLine()
    {
        var targets = org.Stuck().Skip(3).Take(2).ToList();
        var file = org.NewPath("txt");
        await File.WriteAllLinesAsync(file, [targets[0].Id, "", targets[1].Id, "", targets[0].Id]);

        var run = (await org.RunAsync("conversations", "end", "--file", file, "--yes", "-o", "json")).ShouldExitWith(ExitCodes.Done);

        var items = JsonDocument.Parse(run.Out).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([1, 3, 5], items.Select(i => i.GetProperty("line").GetInt32()));
        Assert.Equal(["applied", "applied", "skipped"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Equal("same conversation as an earlier line (line 1)", items[2].GetProperty("note").GetString());
    }

    [Fact]
    public async Task End_DryRun_FromTheCsvFindSaved_EachItemCarriesItsCsvLine()
    {
        var csv = org.NewPath("csv");
        (await org.RunAsync("conversations", "find", "--save", csv)).ShouldExitWith(ExitCodes.Done);
        var rows = (await File.ReadAllLinesAsync(csv)).Length - 1;

        var run = (await org.RunAsync("conversations", "end", "--file", csv, "--dry-run", "-o", "json")).ShouldExitWith(ExitCodes.Done);

        var lines = JsonDocument.Parse(run.Out).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("line").GetInt32());
        Assert.True(rows > 1);
        Assert.Equal(Enumerable.Range(2, rows), lines);
    }

    [Fact]
    public async Task End_IdsAndFilterTogether_IsBadInput()
    {
        var run = (await org.RunAsync("conversations", "end", "--ids", "a", "--queue", "x", "--yes")).ShouldExitWith(ExitCodes.BadInput);

        Assert.Contains("not both", run.Error, StringComparison.Ordinal);
    }
}
