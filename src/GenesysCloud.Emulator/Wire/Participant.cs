namespace GenesysCloud.Emulator.Wire;

internal sealed record Participant(
    string Id, DateTimeOffset StartTime, DateTimeOffset? EndTime, DateTimeOffset ConnectedTime, string Name, string? UserId,
    string? QueueId, string? QueueName, string Purpose, string State, bool WrapupRequired, Wrapup? Wrapup);
