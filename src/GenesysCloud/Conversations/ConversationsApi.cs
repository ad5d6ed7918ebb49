using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Conversations and the analytics conversation details.</summary>
public sealed class ConversationsApi
{
    /// <summary>Largest page of the analytics details query.</summary>
    public const int MaxQueryPageSize = 100;

    /// <summary>The query refuses pageSize × pageNumber beyond this.</summary>
    public const int MaxQueryResults = 100_000;

    private readonly GenesysCloudApi _api;

    internal ConversationsApi(GenesysCloudApi api) => _api = api;

    /// <summary>Gets one conversation.</summary>
    public Task<ApiResponse<Conversation>> GetAsync(string conversationId, CancellationToken ct = default) =>
        _api.SendAsync<Conversation>(HttpMethod.Get, $"/api/v2/conversations/{PathSegment.Escape(conversationId)}", ct: ct);

    /// <summary>Gets one conversation's analytics details.</summary>
    public Task<ApiResponse<AnalyticsConversation>> GetDetailsAsync(string conversationId, CancellationToken ct = default) =>
        _api.SendAsync<AnalyticsConversation>(HttpMethod.Get,
            $"/api/v2/analytics/conversations/{PathSegment.Escape(conversationId)}/details", ct: ct);

    /// <summary>Disconnects every participant of a conversation. Not repeated after a 5xx.</summary>
    public Task<ApiResponse<JsonElement>> DisconnectAsync(string conversationId, CancellationToken ct = default) =>
        _api.PostAsync($"/api/v2/conversations/{PathSegment.Escape(conversationId)}/disconnect", null, null, ct);

    /// <summary>
    /// Analytics details query over <paramref name="interval"/> (ISO-8601 <c>start/end</c>) with segment
    /// <paramref name="filters"/> (e.g. <c>{ type = "and", predicates = [ new { dimension = "queueId", value = id } ] }</c>);
    /// pages through every result.
    /// </summary>
    public Task<IReadOnlyList<AnalyticsConversation>> QueryAsync(string interval, IEnumerable<object>? filters = null,
        int pageSize = 100, CancellationToken ct = default) =>
        QueryDetailsAsync(interval, null, filters, pageSize, ct);

    /// <summary>Analytics details query with conversation-level and segment-level filters; pages through every result.</summary>
    public async Task<IReadOnlyList<AnalyticsConversation>> QueryDetailsAsync(string interval, IEnumerable<object>? conversationFilters,
        IEnumerable<object>? segmentFilters, int pageSize = 100, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interval);
        var size = Math.Clamp(pageSize, 1, MaxQueryPageSize);
        var conversationList = conversationFilters?.ToArray();
        var segmentList = segmentFilters?.ToArray();
        var results = new List<AnalyticsConversation>();
        for (var pageNumber = 1; (long)pageNumber * size <= MaxQueryResults; pageNumber++)
        {
            var body = new
            {
                interval,
                order = "asc",
                orderBy = "conversationStart",
                paging = new { pageSize = size, pageNumber },
                conversationFilters = conversationList is { Length: > 0 } ? conversationList : null,
                segmentFilters = segmentList is { Length: > 0 } ? segmentList : null,
            };
            var response = await _api.SendAsync(HttpMethod.Post, "/api/v2/analytics/conversations/details/query", body, null, retrySafe: true, ct)
                .ConfigureAwait(false);
            if (!response.Success)
                throw GenesysApiException.From(response);
            var root = response.Data;
            var page = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("conversations", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.Deserialize<List<AnalyticsConversation>>(GenesysJson.Options) ?? []
                : [];
            results.AddRange(page);
            var totalHits = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("totalHits", out var t) && t.ValueKind == JsonValueKind.Number
                ? t.GetInt64() : (long?)null;
            if (page.Count < size || (totalHits is { } total && results.Count >= total))
                break;
        }
        return results;
    }
}
