using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

internal static class UserRoutingSkillsApi
{
    /// <summary>Genesys's provider reads user skills with at most 50 per page (FACTS §6).</summary>
    private const int MaxPageSize = 50;
    private const int MaxBulkSkills = 50;
    private const double MaxProficiency = 5;

    public static IEndpointRouteBuilder MapUserRoutingSkillsApi(this IEndpointRouteBuilder app)
    {
        var skills = app.MapGroup("/api/v2/users/{userId}/routingskills");
        skills.MapGet("", List);
        skills.MapPost("", Add);
        skills.MapPut("/{skillId}", Update);
        skills.MapDelete("/{skillId}", Remove);
        skills.MapPatch("/bulk", BulkPatch);
        return app;
    }

    private static IResult List(HttpRequest request, EmulatorState org, string userId, int? pageSize, int? pageNumber)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxPageSize, out var paging) is { } error)
            return error;
        return org.FindUser(userId) is null
            ? UserNotFound(userId)
            : TypedResults.Ok(Listings.Page(request, Assigned(org, userId), paging, s => s));
    }

    private static IResult Add(EmulatorState org, string userId, UserRoutingSkillPost body)
    {
        if (Validate(org, userId, [body]) is { } error)
            return error;
        org.SetUserSkill(userId, body.Id!, body.Proficiency!.Value);
        return TypedResults.Ok(UserRoutingSkill.From(userId, body.Id!, org.FindSkill(body.Id!)!.Name, body.Proficiency.Value));
    }

    private static IResult Update(EmulatorState org, string userId, string skillId, UserRoutingSkillPost body) =>
        Add(org, userId, body with { Id = skillId });

    /// <summary>200 with no body, as the real service answers (FACTS §6).</summary>
    private static IResult Remove(EmulatorState org, string userId, string skillId)
    {
        if (org.FindUser(userId) is null)
            return UserNotFound(userId);
        if (org.FindSkill(skillId) is null)
            return SkillNotFound(skillId);
        org.RemoveUserSkill(userId, skillId);
        return TypedResults.Ok();
    }

    /// <summary>Adds or updates up to 50 skills; may answer an injected 409 that changes nothing.</summary>
    private static IResult BulkPatch(
        HttpRequest request, EmulatorState org, InjectedConflicts conflicts, string userId, List<UserRoutingSkillPost> body)
    {
        if (body.Count == 0)
            return ApiError.BadRequest("The body must list at least one skill.");
        if (body.Count > MaxBulkSkills)
            return ApiError.BadRequest($"At most {MaxBulkSkills} skills may be patched per request; the body held {body.Count}.");
        if (Validate(org, userId, body) is { } error)
            return error;
        if (conflicts.Next() is { } conflict)
            return conflict;
        org.SetUserSkills(userId, body.Select(s => (s.Id!, s.Proficiency!.Value)));
        var assigned = Assigned(org, userId);
        return TypedResults.Ok(Listings.Page(request, assigned, new Paging(1, Math.Max(Paging.DefaultPageSize, assigned.Count)), s => s));
    }

    internal static List<UserRoutingSkill> Assigned(EmulatorState org, string userId) =>
    [
        .. org.GetUserSkills(userId)
            .Select(pair => UserRoutingSkill.From(userId, pair.Key, org.FindSkill(pair.Key)?.Name ?? pair.Key, pair.Value))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase),
    ];

    private static ApiError? Validate(EmulatorState org, string userId, IEnumerable<UserRoutingSkillPost> skills)
    {
        if (org.FindUser(userId) is null)
            return UserNotFound(userId);
        foreach (var skill in skills)
        {
            if (string.IsNullOrEmpty(skill.Id))
                return ApiError.BadRequest("id (the skill id) is required.", "id");
            if (skill.Proficiency is not { } proficiency || proficiency is < 0 or > MaxProficiency)
                return ApiError.BadRequest($"proficiency must be between 0 and {MaxProficiency}.", "proficiency");
            if (org.FindSkill(skill.Id) is null)
                return SkillNotFound(skill.Id);
        }
        return null;
    }

    private static ApiError UserNotFound(string userId) => ApiError.NotFound($"User {userId} was not found.");

    private static ApiError SkillNotFound(string skillId) => ApiError.NotFound($"Skill {skillId} was not found.");
}
