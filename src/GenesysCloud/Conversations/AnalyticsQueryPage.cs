namespace GenesysCloud.Conversations;

/// <summary>The body of one details-query answer; <c>conversations</c> is absent when nothing matched.</summary>
internal sealed record AnalyticsQueryPage(IReadOnlyList<AnalyticsConversation>? Conversations, long? TotalHits);
