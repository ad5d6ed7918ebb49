namespace GenesysCloud.Emulator.Wire;

internal sealed record AnalyticsSegment(
    DateTimeOffset SegmentStart, DateTimeOffset? SegmentEnd, string SegmentType, string? QueueId, string? WrapUpCode, string? DisconnectType);
