namespace GenesysCloud.Emulator.Wire;

internal sealed record AnalyticsSession(string SessionId, string MediaType, string Direction, IReadOnlyList<AnalyticsSegment> Segments);
