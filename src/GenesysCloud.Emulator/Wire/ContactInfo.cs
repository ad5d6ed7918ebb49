namespace GenesysCloud.Emulator.Wire;

internal sealed record ContactInfo(string Address, string MediaType, string Type);
