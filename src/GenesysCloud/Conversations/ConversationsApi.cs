using System.Runtime.CompilerServices;
using System.Text.Json;
using GenesysCloud.Conversations;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Conversations and the analytics conversation details.</summary>
public sealed class ConversationsApi
{
    /// <summary>Largest page of the analytics details query.</summary>
    public const int MaxQueryPageSize = 100;

    /// <summary>The query refuses pageSize × pageNumber beyond this.</summary>
    public const int MaxQueryResults = 100_000;

    /// <summary>Ids per call of the analytics details multi-get (FACTS §5: about 100, unconfirmed).</summary>
    public const int MaxDetailsIdsPerCall = 100;

    private readonly GenesysCloudApi _api;
    private readonly DetailsQueryPager _pager;

    internal ConversationsApi(GenesysCloudApi api)
    {
        _api = api;
        _pager = new DetailsQueryPager(api);
    }

    /// <summary>Gets one conversation.</summary>
    public Task<ApiResponse<Conversation>> GetAsync(string conversationId, CancellationToken ct = default) =>
        _api.SendAsync<Conversation>(HttpMethod.Get, $"/api/v2/conversations/{PathSegment.Escape(conversationId)}", ct: ct);

    /// <summary>Gets one conversation's analytics details.</summary>
    public Task<ApiResponse<AnalyticsConversation>> GetDetailsAsync(string conversationId, CancellationToken ct = default) =>
        _api.SendAsync<AnalyticsConversation>(HttpMethod.Get,
            $"/api/v2/analytics/conversations/{PathSegment.Escape(conversationId)}/details", ct: ct);

    /// <summary>
    /// Analytics details of many conversations, <see cref="MaxDetailsIdsPerCall"/> per call
    /// (<c>GET /api/v2/analytics/conversations/details?id=a,b</c>). Unknown ids are left out of the result.
    /// Throws <see cref="GenesysApiException"/> when a call fails.
    /// </summary>
    public async Task<IReadOnlyList<AnalyticsConversation>> GetDetailsAsync(IEnumerable<string> conversationIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        var found = new List<AnalyticsConversation>();
        var ids = conversationIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var batch in ids.Chunk(MaxDetailsIdsPerCall))
        {
            var query = new Dictionary<string, string?> { ["id"] = string.Join(',', batch) };
            var response = await _api.SendAsync<AnalyticsQueryPage>(HttpMethod.Get, "/api/v2/analytics/conversations/details", null, query, ct: ct)
                .ConfigureAwait(false);
            found.AddRange(response.EnsureSuccess()?.Conversations ?? []);
        }
        return found;
    }

    /// <summary>
    /// Disconnects every participant of a conversation (202, no body). There is no undo, and Genesys notes it is
    /// not the normal way to end interactions. Not repeated after a 5xx.
    /// </summary>
    public Task<ApiResponse<JsonElement>> DisconnectAsync(string conversationId, CancellationToken ct = default) =>
        _api.PostAsync($"/api/v2/conversations/{PathSegment.Escape(conversationId)}/disconnect", null, null, ct);

    /// <summary>
    /// Analytics details query over <paramref name="interval"/> (ISO-8601 <c>start/end</c>, any length: sent in
    /// windows of at most 31 days) with segment <paramref name="filters"/> (e.g.
    /// <c>{ type = "and", predicates = [ new { dimension = "queueId", value = id } ] }</c>); pages through every
    /// result. More than 100,000 results in one window throws <see cref="GenesysApiException"/> saying to narrow the interval.
    /// </summary>
    public async Task<IReadOnlyList<AnalyticsConversation>> QueryAsync(string interval, IEnumerable<object>? filters = null,
        int pageSize = 100, CancellationToken ct = default)
    {
        var (start, end) = QueryWindow.Parse(interval);
        var results = new List<AnalyticsConversation>();
        await foreach (var conversation in _pager.QueryAsync(start, end, [], filters?.ToArray() ?? [], pageSize, ct).ConfigureAwait(false))
            results.Add(conversation);
        return results;
    }

    /// <summary>
    /// Streams the conversations a details query matches, oldest first per window. Windows of at most 31 days,
    /// pages of <see cref="ConversationDetailsQuery.PageSize"/>; more than 100,000 results in one window throws
    /// <see cref="GenesysApiException"/> saying to narrow the interval (never a silent stop at the cap).
    /// </summary>
    public IAsyncEnumerable<AnalyticsConversation> QueryDetailsAsync(ConversationDetailsQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _pager.QueryAsync(query.Start, query.End, [.. query.ConversationFilters], [.. query.SegmentFilters], query.PageSize, ct);
    }

    /// <summary>
    /// Streams stuck conversations: no end, started between <see cref="StuckConversationFilter.Lookback"/> and
    /// <see cref="StuckConversationFilter.OlderThan"/> ago, within the filter's queues, media types and agents.
    /// </summary>
    /// <param name="filter">What counts as stuck.</param>
    /// <param name="now">The reference time; the client's clock (<see cref="GenesysApiOptions.TimeProvider"/>) when null.</param>
    /// <param name="ct">Cancels the search.</param>
    public async IAsyncEnumerable<AnalyticsConversation> FindStuckAsync(StuckConversationFilter filter, DateTimeOffset? now = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQuery(now ?? (_api.Options.TimeProvider ?? TimeProvider.System).GetUtcNow());
        await foreach (var conversation in QueryDetailsAsync(query, ct).ConfigureAwait(false))
        {
            // The query already asks for no end; this guards against an answer that ignored the filter.
            if (conversation.ConversationEnd is null) yield return conversation;
        }
    }
}
