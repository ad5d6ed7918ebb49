namespace GenesysCloud.Emulator.Wire;

internal sealed record WritableEntity(string? Id);
