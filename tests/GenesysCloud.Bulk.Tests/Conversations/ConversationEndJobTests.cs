using GenesysCloud.Bulk.Conversations;
using GenesysCloud.Bulk.Tests.Support;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Bulk.Tests.Conversations;

public sealed class ConversationEndJobTests
{
    private const string DisconnectRoute = "/api/v2/conversations/{conversationId}/disconnect";

    private static readonly BulkEngineOptions OneAtATime = new()
    {
        ConversationEnding = new ConversationEndOptions { MaxConcurrency = 1, VerifyDelay = TimeSpan.Zero },
    };

    [Fact]
    public async Task ApplyAsync_EndsActiveConversations_ReportsAlreadyEndedUnknownAndRepeatedOnesPerItem()
    {
        await using var org = await StartAsync();
        var active = Active(org).Take(3).ToList();
        var ended = org.State.Conversations.First(c => c.IsEnded);
        var unknown = Guid.NewGuid().ToString();
        var plan = ConversationEndPlanner.Plan(
            [.. active.Select(c => new ConversationToEnd(c.Id, c.MediaType)), new(ended.Id), new(unknown), new(active[0].Id), new(" ")],
            requestedBy: "test");

        var result = await org.NewEngine(engine: OneAtATime).ApplyAsync(plan);

        Assert.All(active, c => Assert.True(org.State.FindConversation(c.Id)!.IsEnded));
        Assert.Equal(
            [
                (BulkItemStatus.Applied, "ended"), (BulkItemStatus.Applied, "ended"), (BulkItemStatus.Applied, "ended"),
                (BulkItemStatus.Skipped, ConversationEndNotes.AlreadyEnded(ended.EndTime)),
            ],
            result.Items.Take(4).Select(i => (i.Status, i.Note)));
        Assert.Equal(BulkItemStatus.Failed, result.Items[4].Status);
        Assert.StartsWith("404 not.found while re-reading it", result.Items[4].Error, StringComparison.Ordinal);
        Assert.Equal((BulkItemAction.Duplicate, BulkItemStatus.Skipped), (result.Items[5].Action, result.Items[5].Status));
        Assert.Equal((BulkItemAction.Invalid, BulkItemStatus.Skipped), (result.Items[6].Action, result.Items[6].Status));
        Assert.Equal(3, org.Calls("POST", DisconnectRoute));
        Assert.Equal((BulkJobStatus.CompletedWithErrors, BulkOperation.EndConversation, "test"), (result.Job.Status, result.Job.Operation, result.Job.RequestedBy));
    }

    [Fact]
    public async Task ApplyAsync_ConversationEndsWhileTheJobRuns_IsReReadAndSkippedNotDisconnected()
    {
        await using var org = await StartAsync();
        var (first, second) = (Active(org).First(), Active(org).Skip(1).First());
        var someoneElse = org.NewEngine();
        var handler = new BeforeSendHandler(async request =>
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith($"{first.Id}/disconnect", StringComparison.Ordinal))
                Assert.True((await someoneElse.Connection.Api.Conversations.DisconnectAsync(second.Id)).Success);
        });
        var plan = ConversationEndPlanner.Plan([new(first.Id), new(second.Id)]);

        var result = await org.NewEngine(engine: OneAtATime, handler: handler).ApplyAsync(plan);

        Assert.Equal((BulkItemStatus.Applied, BulkItemStatus.Skipped), (result.Items[0].Status, result.Items[1].Status));
        Assert.StartsWith("already ended", result.Items[1].Note, StringComparison.Ordinal);
        Assert.Equal(2, org.Calls("POST", DisconnectRoute)); // the job's one for the first, someone else's for the second
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
    }

    [Fact]
    public async Task ApplyAsync_DisconnectAcceptedButConversationStaysActive_FailsSayingSoInsteadOfReportingEnded()
    {
        await using var org = await StartAsync();
        var ghost = Active(org).First();
        org.State.IgnoreDisconnects(ghost.Id);

        var result = await org.NewEngine(engine: OneAtATime).ApplyAsync(ConversationEndPlanner.Plan([new(ghost.Id)]));

        var item = Assert.Single(result.Items);
        Assert.Equal(BulkItemStatus.Failed, item.Status);
        Assert.Contains("accepted the disconnect (202), but the conversation still had no end", item.Error, StringComparison.Ordinal);
        Assert.Equal(BulkJobStatus.CompletedWithErrors, result.Job.Status);
    }

    [Fact]
    public async Task ResumeAsync_AfterCancellation_SendsNoDisconnectTwiceAndEndsTheRest()
    {
        await using var org = await StartAsync();
        var active = Active(org).Take(6).ToList();
        using var cts = new CancellationTokenSource();
        // Stopped just before the 3rd disconnect leaves.
        var handler = BeforeSendHandler.StopBefore(3, request => request.RequestUri!.AbsolutePath.EndsWith("/disconnect", StringComparison.Ordinal), cts);
        var plan = ConversationEndPlanner.Plan(active.Select(c => new ConversationToEnd(c.Id)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => org.NewEngine(engine: OneAtATime, handler: handler).ApplyAsync(plan, null, cts.Token));
        var stopped = await org.Engine.Journal.GetJobAsync(plan.JobId);
        var sentBefore = org.Calls("POST", DisconnectRoute);
        var result = await org.NewEngine(engine: OneAtATime).ResumeAsync(plan.JobId); // as a new process on the same journal

        Assert.Equal(BulkJobStatus.Cancelled, stopped!.Status);
        Assert.Equal(active.Count, org.Calls("POST", DisconnectRoute));
        Assert.Equal(2, sentBefore);
        Assert.All(active, c => Assert.True(org.State.FindConversation(c.Id)!.IsEnded));
        Assert.All(result.Items, i => Assert.Equal(BulkItemStatus.Applied, i.Status));
        Assert.Contains(result.Items, i => i.Note == ConversationEndNotes.ConfirmedOnResume);
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
    }

    [Fact]
    public async Task PlanUndoAsync_ConversationJob_IsRefusedBecauseEndedConversationsCannotBeRestarted()
    {
        await using var org = await StartAsync();
        var plan = ConversationEndPlanner.Plan([new(Active(org).First().Id)]);
        await org.NewEngine(engine: OneAtATime).ApplyAsync(plan);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => org.Engine.PlanUndoAsync(plan.JobId));

        Assert.Contains("cannot be undone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAsync_EndConversationRequest_PlansEveryIdWithoutCalls()
    {
        await using var org = await StartAsync();
        var id = Active(org).First().Id;
        org.Requests.Clear();

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.EndConversation, "conversations", [id, id]));

        Assert.Equal([BulkItemAction.WillChange, BulkItemAction.Duplicate], plan.Items.Select(i => i.Action));
        Assert.Empty(org.Requests.Entries);
    }

    private static Task<TestOrg> StartAsync() => TestOrg.StartAsync(configure: o => (o.Conversations, o.StuckConversations) = (60, 20));

    private static IEnumerable<EmulatorConversation> Active(TestOrg org) => org.State.Conversations.Where(c => !c.IsEnded);
}
