namespace GenesysCloud.Emulator.Model;

/// <summary>One party of a conversation: purpose customer, acd (with QueueId) or agent (with UserId and QueueId).</summary>
public sealed record EmulatorParticipant(
    string Id, string Purpose, string Name, string? UserId, string? QueueId, string? WrapupCodeId);
