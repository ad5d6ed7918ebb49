namespace GenesysCloud.Emulator.Model;

/// <summary>A conversation; <see cref="EndTime"/> is null while it is active.</summary>
public sealed record EmulatorConversation(
    string Id, string MediaType, string Direction, DateTimeOffset StartTime, DateTimeOffset? EndTime,
    IReadOnlyList<EmulatorParticipant> Participants)
{
    public bool IsEnded => EndTime is not null;
}
