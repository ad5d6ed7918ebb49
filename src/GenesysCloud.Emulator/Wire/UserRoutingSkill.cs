namespace GenesysCloud.Emulator.Wire;

internal sealed record UserRoutingSkill(string Id, string Name, double Proficiency, string State, string SkillUri, string SelfUri)
{
    public static UserRoutingSkill From(string userId, string skillId, string name, double proficiency) => new(
        skillId, name, proficiency, "active", $"/api/v2/routing/skills/{skillId}", $"/api/v2/users/{userId}/routingskills/{skillId}");
}
