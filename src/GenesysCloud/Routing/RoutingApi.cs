using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Skills, languages, wrap-up codes and the routing skills of users.</summary>
public sealed class RoutingApi
{
    /// <summary>Most skills one bulk patch call carries.</summary>
    public const int MaxSkillsPerBulkCall = 50;

    private readonly GenesysCloudApi _api;

    internal RoutingApi(GenesysCloudApi api) => _api = api;

    /// <summary>Every routing skill.</summary>
    public Task<IReadOnlyList<Skill>> GetSkillsAsync(CancellationToken ct = default) =>
        Pager.ToListAsync<Skill>(_api, "/api/v2/routing/skills", null, ct);

    /// <summary>Every routing language.</summary>
    public Task<IReadOnlyList<Language>> GetLanguagesAsync(CancellationToken ct = default) =>
        Pager.ToListAsync<Language>(_api, "/api/v2/routing/languages", null, ct);

    /// <summary>Every wrap-up code.</summary>
    public Task<IReadOnlyList<WrapupCode>> GetWrapupCodesAsync(CancellationToken ct = default) =>
        Pager.ToListAsync<WrapupCode>(_api, "/api/v2/routing/wrapupcodes", null, ct);

    /// <summary>Every routing skill assigned to the user.</summary>
    public Task<IReadOnlyList<UserRoutingSkill>> GetUserSkillsAsync(string userId, CancellationToken ct = default) =>
        Pager.ToListAsync<UserRoutingSkill>(_api, SkillsPath(userId), null, ct);

    /// <summary>Assigns a skill (proficiency 0–5); assigning it again updates the proficiency.</summary>
    public Task<ApiResponse<JsonElement>> AddUserSkillAsync(string userId, string skillId, double proficiency, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        ArgumentOutOfRangeException.ThrowIfLessThan(proficiency, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(proficiency, 5);
        return _api.SendAsync(HttpMethod.Post, SkillsPath(userId), new { id = skillId.Trim(), proficiency }, null, retrySafe: true, ct);
    }

    /// <summary>Removes a skill from the user.</summary>
    public Task<ApiResponse<JsonElement>> RemoveUserSkillAsync(string userId, string skillId, CancellationToken ct = default) =>
        _api.DeleteAsync($"{SkillsPath(userId)}/{PathSegment.Escape(skillId)}", null, ct);

    /// <summary>Adds or updates many skills of one user, at most 50 per call. Returns the last answer.</summary>
    public async Task<ApiResponse<JsonElement>> BulkPatchUserSkillsAsync(string userId,
        IEnumerable<(string SkillId, double Proficiency)> skills, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var path = $"{SkillsPath(userId)}/bulk";
        ApiResponse<JsonElement> last = new(true);
        foreach (var batch in skills.Chunk(MaxSkillsPerBulkCall))
        {
            last = await _api.PatchAsync(path, batch.Select(s => new { id = s.SkillId, proficiency = s.Proficiency }).ToArray(), ct)
                .ConfigureAwait(false);
            if (!last.Success)
                return last;
        }
        return last;
    }

    private static string SkillsPath(string userId) => $"/api/v2/users/{PathSegment.Escape(userId)}/routingskills";
}
