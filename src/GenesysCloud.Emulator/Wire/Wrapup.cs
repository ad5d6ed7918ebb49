namespace GenesysCloud.Emulator.Wire;

internal sealed record Wrapup(string Code, string Name);
