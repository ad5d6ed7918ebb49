namespace GenesysCloud.Emulator.Model;

public sealed record EmulatorWrapupCode(string Id, string Name);
