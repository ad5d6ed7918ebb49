namespace GenesysCloud.Emulator.Wire;

internal sealed record AnalyticsConversation(
    string ConversationId, DateTimeOffset ConversationStart, DateTimeOffset? ConversationEnd, string OriginatingDirection,
    IReadOnlyList<string> DivisionIds, IReadOnlyList<AnalyticsParticipant> Participants);
