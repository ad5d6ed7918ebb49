namespace GenesysCloud.Emulator.Model;

public sealed record EmulatorSkill(string Id, string Name);
