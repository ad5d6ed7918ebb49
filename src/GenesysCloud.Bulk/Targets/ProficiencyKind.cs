using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// What differs between a routing skill and a routing language held at a proficiency: the SDK calls, the
/// <c>expand</c> that lists it with users, and which proficiencies the service keeps as sent (languages: whole numbers).
/// </summary>
internal sealed class ProficiencyKind
{
    public static readonly ProficiencyKind Skill = new()
    {
        Noun = "skill",
        Title = "Routing skill",
        Expand = "skills",
        ValidRange = "between 0 and 5",
        IsValid = p => p is >= 0 and <= 5,
        FindNameAsync = async (api, id, ct) => await api.Routing.FindSkillAsync(id, ct) is { } s ? s.Name ?? s.Id : null,
        Held = user => user.Skills?.Select(s => (s.Id, s.Proficiency)),
        ReadUserAsync = async (api, userId, ct) => (await api.Routing.GetUserSkillsAsync(userId, ct)).Select(s => (s.Id, s.Proficiency)),
        PatchAsync = (api, userId, levels, ct) => api.Routing.PatchUserSkillsBatchAsync(userId, levels, ct),
        RemoveAsync = (api, userId, id, ct) => api.Routing.RemoveUserSkillAsync(userId, id, ct),
        MaxPerPatch = RoutingApi.MaxSkillsPerBulkCall,
    };

    public static readonly ProficiencyKind Language = new()
    {
        Noun = "language",
        Title = "Routing language",
        Expand = "languages",
        ValidRange = "a whole number from 0 to 5",
        IsValid = RoutingApi.IsLanguageProficiency,
        FindNameAsync = async (api, id, ct) => await api.Routing.FindLanguageAsync(id, ct) is { } l ? l.Name ?? l.Id : null,
        Held = user => user.Languages?.Select(l => (l.Id, l.Proficiency)),
        ReadUserAsync = async (api, userId, ct) => (await api.Routing.GetUserLanguagesAsync(userId, ct)).Select(l => (l.Id, l.Proficiency)),
        PatchAsync = (api, userId, levels, ct) => api.Routing.PatchUserLanguagesBatchAsync(userId, levels, ct),
        RemoveAsync = (api, userId, id, ct) => api.Routing.RemoveUserLanguageAsync(userId, id, ct),
        MaxPerPatch = RoutingApi.MaxLanguagesPerBulkCall,
    };

    private ProficiencyKind()
    {
    }

    /// <summary>"skill" or "language", for notes and messages.</summary>
    public required string Noun { get; init; }

    /// <summary>"Routing skill" or "Routing language", for "not found" messages.</summary>
    public required string Title { get; init; }

    /// <summary>The <c>expand</c> value of the users listing (<see cref="UsersApi.RoutingExpands"/>) that lists it with each user.</summary>
    public required string Expand { get; init; }

    /// <summary>The proficiencies accepted, in words ("between 0 and 5").</summary>
    public required string ValidRange { get; init; }

    public required Func<double, bool> IsValid { get; init; }

    public required Func<GenesysCloudApi, string, CancellationToken, Task<string?>> FindNameAsync { get; init; }

    /// <summary>What an expanded user holds (id, proficiency); null when the listing did not expand it (best effort).</summary>
    public required Func<User, IEnumerable<(string Id, double? Proficiency)>?> Held { get; init; }

    public required Func<GenesysCloudApi, string, CancellationToken, Task<IEnumerable<(string Id, double? Proficiency)>>> ReadUserAsync { get; init; }

    /// <summary>One bulk PATCH of a user's proficiencies (at most <see cref="MaxPerPatch"/>).</summary>
    public required Func<GenesysCloudApi, string, IReadOnlyCollection<(string Id, double Proficiency)>, CancellationToken, Task<ApiResponse<JsonElement>>> PatchAsync { get; init; }

    /// <summary>Most entries one bulk PATCH carries.</summary>
    public required int MaxPerPatch { get; init; }

    public required Func<GenesysCloudApi, string, string, CancellationToken, Task<ApiResponse<JsonElement>>> RemoveAsync { get; init; }
}
