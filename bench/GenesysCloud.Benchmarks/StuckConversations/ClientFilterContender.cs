using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.StuckConversations;

/// <summary>Every conversation of the interval through the unfiltered details query, filtered on the client by its end.</summary>
public static class ClientFilterContender
{
    public static Contender Create() => new(StuckConversationsBenchmark.Name, "client-filter", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(config), options);
        var ids = new List<string>();
        await foreach (var conversation in api.Conversations.QueryDetailsAsync(StuckConversationsBenchmark.Unfiltered(request.AsOf!.Value), ct))
        {
            if (conversation.ConversationEnd is null) ids.Add(conversation.ConversationId);
        }
        return new ContenderOutcome(true, ids.Count, IdDigest.Of(ids));
    }
}
