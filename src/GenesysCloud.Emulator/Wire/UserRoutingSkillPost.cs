namespace GenesysCloud.Emulator.Wire;

internal sealed record UserRoutingSkillPost(string? Id, double? Proficiency);
