using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

/// <summary><c>/api/v2/users/{userId}/routingskills</c>: list, add, update, remove (200, as the real service answers) and bulk PATCH.</summary>
internal static class UserRoutingSkillsApi
{
    public static readonly UserLevelsEndpoints<UserRoutingSkill> Skills = new(
        "skill", org => org.SkillLevels, (org, id) => org.FindSkill(id)?.Name, p => p, UserRoutingSkill.From);

    public static IEndpointRouteBuilder MapUserRoutingSkillsApi(this IEndpointRouteBuilder app)
    {
        var skills = app.MapGroup("/api/v2/users/{userId}/routingskills");
        skills.MapGet("", Skills.List);
        skills.MapPost("", Add);
        skills.MapPut("/{skillId}", Update);
        skills.MapDelete("/{skillId}", Remove);
        skills.MapPatch("/bulk", Skills.BulkPatch);
        return app;
    }

    private static IResult Add(EmulatorState org, string userId, ProficiencyPost body)
    {
        if (Skills.Validate(org, userId, [body]) is { } error)
            return error;
        org.SetUserSkill(userId, body.Id!, body.Proficiency!.Value);
        return TypedResults.Ok(UserRoutingSkill.From(userId, body.Id!, org.FindSkill(body.Id!)!.Name, body.Proficiency.Value));
    }

    private static IResult Update(EmulatorState org, string userId, string skillId, ProficiencyPost body) =>
        Add(org, userId, body with { Id = skillId });

    /// <summary>200 with no body, as the real service answers (FACTS §6).</summary>
    private static IResult Remove(EmulatorState org, string userId, string skillId)
    {
        if (org.FindUser(userId) is null)
            return UserLevelsEndpoints<UserRoutingSkill>.UserNotFound(userId);
        if (org.FindSkill(skillId) is null)
            return Skills.NotFound(skillId);
        org.SkillLevels.Remove(userId, skillId);
        return TypedResults.Ok();
    }
}
