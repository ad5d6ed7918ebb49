using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.StuckConversations;

/// <summary>
/// The usual script: list every conversation of the interval (unfiltered details query), then look each one up
/// (<c>GET /api/v2/conversations/{id}</c>) one after the other and keep those with no end.
/// </summary>
public static class OneByOneContender
{
    public static Contender Create() => new(StuckConversationsBenchmark.Name, "one-by-one", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(config), options);
        var all = new List<string>();
        await foreach (var conversation in api.Conversations.QueryDetailsAsync(StuckConversationsBenchmark.Unfiltered(request.AsOf!.Value), ct))
            all.Add(conversation.ConversationId);
        var stuck = new List<string>();
        foreach (var id in all)
        {
            var conversation = (await api.Conversations.GetAsync(id, ct)).EnsureSuccess();
            if (conversation is { IsEnded: false }) stuck.Add(id);
        }
        return new ContenderOutcome(true, stuck.Count, IdDigest.Of(stuck));
    }
}
