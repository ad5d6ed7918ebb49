namespace GenesysCloud.Emulator.Wire;

internal sealed record AcwSettings(string WrapupPrompt, int TimeoutMs);
