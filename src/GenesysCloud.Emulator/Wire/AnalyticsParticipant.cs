namespace GenesysCloud.Emulator.Wire;

internal sealed record AnalyticsParticipant(
    string ParticipantId, string ParticipantName, string Purpose, string? UserId, IReadOnlyList<AnalyticsSession> Sessions);
