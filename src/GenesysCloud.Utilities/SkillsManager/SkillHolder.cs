namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>Someone who has a skill or language, and at which proficiency.</summary>
/// <param name="UserId">The user.</param>
/// <param name="Name">Their name.</param>
/// <param name="Email">Their email.</param>
/// <param name="Proficiency">0–5.</param>
public sealed record SkillHolder(string UserId, string? Name, string? Email, double Proficiency);
