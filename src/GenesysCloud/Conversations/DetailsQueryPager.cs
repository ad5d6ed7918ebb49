using System.Globalization;
using System.Runtime.CompilerServices;
using GenesysCloud.Http;

namespace GenesysCloud.Conversations;

/// <summary>
/// Sends the analytics details query window by window (at most 31 days each) and page by page (up to the
/// 100,000-result cap). A window with more results fails with a message to narrow the interval instead of
/// stopping silently at the cap. Results are yielded once each, only when they started inside their window.
/// </summary>
internal sealed class DetailsQueryPager(GenesysCloudApi api)
{
    private const string Endpoint = "/api/v2/analytics/conversations/details/query";

    /// <summary>A window whose total changed while it was paged is read again, at most this often.</summary>
    private const int MaxRereads = 2;

    public async IAsyncEnumerable<AnalyticsConversation> QueryAsync(DateTimeOffset start, DateTimeOffset end,
        IReadOnlyList<object> conversationFilters, IReadOnlyList<object> segmentFilters, int pageSize,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var size = Math.Clamp(pageSize, 1, ConversationsApi.MaxQueryPageSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var window in QueryWindow.Split(start, end))
        {
            await foreach (var conversation in WindowAsync(window, conversationFilters, segmentFilters, size, ct).ConfigureAwait(false))
            {
                if (seen.Add(conversation.ConversationId)) yield return conversation;
            }
        }
    }

    /// <summary>
    /// One window, paged oldest first. New conversations sort after those already read, but when the total drops
    /// between pages (a conversation left the results, e.g. it ended), later results shift back past the page
    /// boundary and one could be missed: the window is then read again (duplicates are dropped above).
    /// </summary>
    private async IAsyncEnumerable<AnalyticsConversation> WindowAsync(QueryWindow window, IReadOnlyList<object> conversationFilters,
        IReadOnlyList<object> segmentFilters, int size, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var read = 0; ; read++)
        {
            long? firstTotal = null, previousTotal = null;
            var shifted = false;
            for (var pageNumber = 1; ; pageNumber++)
            {
                if ((long)pageNumber * size > ConversationsApi.MaxQueryResults)
                    throw TooMany(window, firstTotal, null);
                var page = await PageAsync(window, conversationFilters, segmentFilters, size, pageNumber, ct).ConfigureAwait(false);
                if (page.TotalHits > ConversationsApi.MaxQueryResults)
                    throw TooMany(window, page.TotalHits, null);
                firstTotal ??= page.TotalHits;
                shifted |= page.TotalHits < previousTotal;
                previousTotal = page.TotalHits;
                var conversations = page.Conversations ?? [];
                foreach (var conversation in conversations)
                {
                    if (window.Contains(conversation.ConversationStart)) yield return conversation;
                }

                if (conversations.Count < size || (page.TotalHits is { } total && (long)pageNumber * size >= total)) break;
            }

            if (!shifted || read >= MaxRereads) yield break;
        }
    }

    private async Task<AnalyticsQueryPage> PageAsync(QueryWindow window, IReadOnlyList<object> conversationFilters,
        IReadOnlyList<object> segmentFilters, int size, int pageNumber, CancellationToken ct)
    {
        var body = new
        {
            interval = window.ToString(),
            order = "asc",
            orderBy = "conversationStart",
            paging = new { pageSize = size, pageNumber },
            conversationFilters = conversationFilters.Count > 0 ? conversationFilters : null,
            segmentFilters = segmentFilters.Count > 0 ? segmentFilters : null,
        };
        var response = await api.SendAsync<AnalyticsQueryPage>(HttpMethod.Post, Endpoint, body, null, retrySafe: true, ct).ConfigureAwait(false);
        if (response.Success) return response.Data ?? new AnalyticsQueryPage(null, 0);
        if (response.StatusCode == 400 && (response.Error?.Contains("Pagination may not exceed", StringComparison.OrdinalIgnoreCase) ?? false))
            throw TooMany(window, null, response);
        throw GenesysApiException.From(response);
    }

    private static GenesysApiException TooMany(QueryWindow window, long? totalHits, ApiResponse<AnalyticsQueryPage>? refusal)
    {
        var count = totalHits is { } total
            ? string.Create(CultureInfo.InvariantCulture, $"matches {total:N0} conversations")
            : string.Create(CultureInfo.InvariantCulture, $"matches {ConversationsApi.MaxQueryResults:N0} conversations or more");
        var days = (window.End - window.Start).TotalDays;
        var message = string.Create(CultureInfo.InvariantCulture,
            $"The analytics query for {window} ({days:0.#} days) {count}; Genesys Cloud pages through at most {ConversationsApi.MaxQueryResults:N0} results per query. ") +
            "Narrow the interval (fewer days) or add filters (queue, media type, agent) and search again." +
            (refusal is null ? "" : $" Genesys answered: {refusal.StatusCode} {refusal.Error}");
        return new GenesysApiException(message, refusal?.StatusCode, refusal?.ErrorCode, refusal?.ContextId);
    }
}
