namespace GenesysCloud.Emulator.Wire;

internal sealed record UserRoutingLanguagePost(string? Id, double? Proficiency);
