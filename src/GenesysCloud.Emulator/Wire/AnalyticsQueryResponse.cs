namespace GenesysCloud.Emulator.Wire;

/// <summary>conversations is omitted (null) when nothing matched, as the real API does.</summary>
internal sealed record AnalyticsQueryResponse(IReadOnlyList<AnalyticsConversation>? Conversations, int TotalHits);
