using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Skills, languages, wrap-up codes and the routing skills of users.</summary>
public sealed partial class RoutingApi
{
    /// <summary>Most skills one bulk patch call carries.</summary>
    public const int MaxSkillsPerBulkCall = 50;

    private readonly GenesysCloudApi _api;

    internal RoutingApi(GenesysCloudApi api) => _api = api;

    /// <summary>The routing skill with this id (<c>GET /api/v2/routing/skills?id=…</c>), or null when there is none. Throws on failure.</summary>
    public async Task<Skill?> FindSkillAsync(string skillId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        var page = await Pager.GetPageAsync<Skill>(_api, "/api/v2/routing/skills", [new("id", skillId.Trim())], 1, PageSizes.Default, ct)
            .ConfigureAwait(false);
        return page.Entities.FirstOrDefault(s => string.Equals(s.Id, skillId.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every routing skill.</summary>
    public Task<IReadOnlyList<Skill>> GetSkillsAsync(CancellationToken ct = default) =>
        Pager.ToListAsync<Skill>(_api, "/api/v2/routing/skills", null, ct);

    /// <summary>Every routing language.</summary>
    public Task<IReadOnlyList<Language>> GetLanguagesAsync(CancellationToken ct = default) =>
        Pager.ToListAsync<Language>(_api, "/api/v2/routing/languages", null, ct);

    /// <summary>Every wrap-up code.</summary>
    public Task<IReadOnlyList<WrapupCode>> GetWrapupCodesAsync(CancellationToken ct = default) =>
        Pager.ToListAsync<WrapupCode>(_api, "/api/v2/routing/wrapupcodes", null, ct);

    /// <summary>Every routing skill assigned to the user (pages of 50, the most Genesys's own provider reads).</summary>
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

    /// <summary>Removes a skill from the user (the API answers 200; any 2xx is success).</summary>
    public Task<ApiResponse<JsonElement>> RemoveUserSkillAsync(string userId, string skillId, CancellationToken ct = default) =>
        _api.DeleteAsync($"{SkillsPath(userId)}/{PathSegment.Escape(skillId)}", null, ct);

    /// <summary>Adds or updates many skills of one user, at most 50 per call. Returns the last answer.</summary>
    public async Task<ApiResponse<JsonElement>> BulkPatchUserSkillsAsync(string userId,
        IEnumerable<(string SkillId, double Proficiency)> skills, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ApiResponse<JsonElement> last = new(true);
        foreach (var batch in skills.Chunk(MaxSkillsPerBulkCall))
        {
            last = await PatchUserSkillsBatchAsync(userId, batch, ct).ConfigureAwait(false);
            if (!last.Success)
                return last;
        }
        return last;
    }

    /// <summary>
    /// One <c>PATCH …/routingskills/bulk</c> of at most 50 skills for one user (adds or updates proficiencies). A 409 is
    /// retried with backoff within <see cref="GenesysApiOptions.ConflictRetryBudget"/>, as Genesys's own provider does.
    /// </summary>
    public Task<ApiResponse<JsonElement>> PatchUserSkillsBatchAsync(string userId, IReadOnlyCollection<(string SkillId, double Proficiency)> skills,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(skills);
        if (skills.Count is 0 or > MaxSkillsPerBulkCall)
            throw new ArgumentException($"A skills bulk patch holds 1 to {MaxSkillsPerBulkCall} skills; it held {skills.Count}.", nameof(skills));
        foreach (var (skillId, proficiency) in skills)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(skillId, nameof(skills));
            if (proficiency is < 0 or > 5)
                throw new ArgumentOutOfRangeException(nameof(skills), proficiency, $"Proficiency of skill {skillId} must be between 0 and 5.");
        }
        var body = skills.Select(s => new { id = s.SkillId.Trim(), proficiency = s.Proficiency }).ToArray();
        var path = $"{SkillsPath(userId)}/bulk";
        return _api.Conflicts.ExecuteAsync(token => _api.PatchAsync(path, body, token), ct);
    }

    private static string SkillsPath(string userId) => $"/api/v2/users/{PathSegment.Escape(userId)}/routingskills";
}
