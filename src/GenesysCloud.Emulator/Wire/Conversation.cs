namespace GenesysCloud.Emulator.Wire;

internal sealed record Conversation(
    string Id, DateTimeOffset StartTime, DateTimeOffset? EndTime, string State, IReadOnlyList<Participant> Participants,
    string RecordingState, IReadOnlyList<ConversationDivision> Divisions, string SelfUri);
