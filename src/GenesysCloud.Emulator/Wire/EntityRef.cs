namespace GenesysCloud.Emulator.Wire;

internal sealed record EntityRef(string Id, string? Name, string SelfUri);
