namespace GenesysCloud;

/// <summary>
/// Which conversations count as stuck: no end (analytics <c>conversationEnd</c> notExists), started more than
/// <see cref="OlderThan"/> ago and within <see cref="Lookback"/>, optionally only in some queues, media types or
/// with some agents (each list: any of its values).
/// </summary>
public sealed record StuckConversationFilter
{
    /// <summary>Default age beyond which a conversation without an end counts as stuck.</summary>
    public static readonly TimeSpan DefaultOlderThan = TimeSpan.FromHours(12);

    /// <summary>Default span searched back from now.</summary>
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(30);

    /// <summary>Minimum age (time since the conversation started).</summary>
    public TimeSpan OlderThan { get; init; } = DefaultOlderThan;

    /// <summary>How far back to search (conversations that started earlier are not found).</summary>
    public TimeSpan Lookback { get; init; } = DefaultLookback;

    /// <summary>Only conversations routed through one of these queues.</summary>
    public IReadOnlyList<string> QueueIds { get; init; } = [];

    /// <summary>Only these media types (voice, chat, email, message, callback …).</summary>
    public IReadOnlyList<string> MediaTypes { get; init; } = [];

    /// <summary>Only conversations one of these users (agents) took part in.</summary>
    public IReadOnlyList<string> UserIds { get; init; } = [];

    /// <summary>The details query for this filter at <paramref name="now"/>. Throws <see cref="ArgumentException"/> naming the bad field.</summary>
    public ConversationDetailsQuery ToQuery(DateTimeOffset now)
    {
        if (OlderThan < TimeSpan.Zero) throw new ArgumentException("OlderThan must not be negative.", nameof(OlderThan));
        if (Lookback <= OlderThan)
            throw new ArgumentException($"Lookback ({Lookback.TotalHours:0.#} h) must be longer than OlderThan ({OlderThan.TotalHours:0.#} h).", nameof(Lookback));
        var segments = new List<AnalyticsQueryFilter>();
        if (QueueIds.Count > 0) segments.Add(AnalyticsQueryFilter.AnyOf("queueId", QueueIds));
        if (MediaTypes.Count > 0) segments.Add(AnalyticsQueryFilter.AnyOf("mediaType", MediaTypes));
        if (UserIds.Count > 0) segments.Add(AnalyticsQueryFilter.AnyOf("userId", UserIds));
        return new ConversationDetailsQuery(now - Lookback, now - OlderThan)
        {
            ConversationFilters = [AnalyticsQueryFilter.NotExists("conversationEnd")],
            SegmentFilters = segments,
        };
    }
}
