namespace GenesysCloud.Emulator.Wire;

/// <summary>UserRoutingSkillPost and UserRoutingLanguagePost: the same two fields.</summary>
internal sealed record ProficiencyPost(string? Id, double? Proficiency);
