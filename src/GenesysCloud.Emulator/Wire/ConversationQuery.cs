namespace GenesysCloud.Emulator.Wire;

internal sealed record ConversationQuery(
    string? Interval, string? Order, string? OrderBy, PagingSpec? Paging,
    IReadOnlyList<AnalyticsFilter>? ConversationFilters, IReadOnlyList<AnalyticsFilter>? SegmentFilters);
