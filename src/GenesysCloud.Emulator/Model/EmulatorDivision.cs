namespace GenesysCloud.Emulator.Model;

public sealed record EmulatorDivision(string Id, string Name);
