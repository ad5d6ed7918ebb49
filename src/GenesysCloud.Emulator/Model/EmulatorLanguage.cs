namespace GenesysCloud.Emulator.Model;

public sealed record EmulatorLanguage(string Id, string Name);
