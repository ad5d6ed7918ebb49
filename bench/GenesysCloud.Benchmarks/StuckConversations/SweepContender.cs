using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.StuckConversations;

/// <summary>The suite: <c>Conversations.FindStuckAsync</c>, the details query filtered on conversationEnd notExists.</summary>
public static class SweepContender
{
    public static Contender Create() => new(StuckConversationsBenchmark.Name, "suite", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(config), options);
        var filter = new StuckConversationFilter { OlderThan = StuckConversationsBenchmark.OlderThan, Lookback = StuckConversationsBenchmark.Lookback };
        var ids = new List<string>();
        await foreach (var conversation in api.Conversations.FindStuckAsync(filter, request.AsOf, ct))
            ids.Add(conversation.ConversationId);
        return new ContenderOutcome(true, ids.Count, IdDigest.Of(ids));
    }
}
