namespace GenesysCloud;

/// <summary>
/// An analytics details query over conversations that started in [<see cref="Start"/>, <see cref="End"/>).
/// Any length is allowed: the SDK sends it in windows of at most 31 days (the API's maximum) and pages
/// each window to the API's cap of 100,000 results, failing with a message to narrow the interval beyond.
/// </summary>
/// <param name="Start">Earliest conversation start (inclusive).</param>
/// <param name="End">Latest conversation start (exclusive).</param>
public sealed record ConversationDetailsQuery(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Conversation-level filters (e.g. <c>conversationEnd</c> notExists); all must hold.</summary>
    public IReadOnlyList<AnalyticsQueryFilter> ConversationFilters { get; init; } = [];

    /// <summary>Segment-level filters (queueId, userId, mediaType …); all must hold.</summary>
    public IReadOnlyList<AnalyticsQueryFilter> SegmentFilters { get; init; } = [];

    /// <summary>Results per call, 1–100 (the API's maximum; clamped).</summary>
    public int PageSize { get; init; } = ConversationsApi.MaxQueryPageSize;
}
