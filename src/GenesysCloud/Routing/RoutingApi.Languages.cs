using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>
/// The routing languages of users. The calls mirror the skill ones, with the facts that differ: the service keeps
/// language proficiencies as whole numbers (it rounds what it is sent), and a removal answers 204.
/// </summary>
public sealed partial class RoutingApi
{
    /// <summary>Most languages one bulk patch call carries ("Max limit 50 languages").</summary>
    public const int MaxLanguagesPerBulkCall = 50;

    /// <summary>The routing language with this id (<c>GET /api/v2/routing/languages?id=…</c>), or null when there is none. Throws on failure.</summary>
    public async Task<Language?> FindLanguageAsync(string languageId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(languageId);
        var page = await Pager.GetPageAsync<Language>(_api, "/api/v2/routing/languages", [new("id", languageId.Trim())], 1, PageSizes.Default, ct)
            .ConfigureAwait(false);
        return page.Entities.FirstOrDefault(l => string.Equals(l.Id, languageId.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every routing language assigned to the user (pages of 50, the most Genesys's own provider reads).</summary>
    public Task<IReadOnlyList<UserRoutingLanguage>> GetUserLanguagesAsync(string userId, CancellationToken ct = default) =>
        Pager.ToListAsync<UserRoutingLanguage>(_api, LanguagesPath(userId), null, ct);

    /// <summary>Removes a language from the user (the API answers 204; any 2xx is success).</summary>
    public Task<ApiResponse<JsonElement>> RemoveUserLanguageAsync(string userId, string languageId, CancellationToken ct = default) =>
        _api.DeleteAsync($"{LanguagesPath(userId)}/{PathSegment.Escape(languageId)}", null, ct);

    /// <summary>
    /// One <c>PATCH …/routinglanguages/bulk</c> of at most 50 languages for one user (adds or updates proficiencies).
    /// Proficiencies must be whole numbers from 0 to 5: the service rounds others, which would journal a value the org
    /// does not show. A 409 is retried with backoff within <see cref="GenesysApiOptions.ConflictRetryBudget"/>.
    /// </summary>
    public Task<ApiResponse<JsonElement>> PatchUserLanguagesBatchAsync(string userId,
        IReadOnlyCollection<(string LanguageId, double Proficiency)> languages, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (languages.Count is 0 or > MaxLanguagesPerBulkCall)
            throw new ArgumentException($"A languages bulk patch holds 1 to {MaxLanguagesPerBulkCall} languages; it held {languages.Count}.", nameof(languages));
        foreach (var (languageId, proficiency) in languages)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(languageId, nameof(languages));
            if (!IsLanguageProficiency(proficiency))
                throw new ArgumentOutOfRangeException(nameof(languages), proficiency, $"Proficiency of language {languageId} must be a whole number from 0 to 5.");
        }
        var body = languages.Select(l => new { id = l.LanguageId.Trim(), proficiency = l.Proficiency }).ToArray();
        var path = $"{LanguagesPath(userId)}/bulk";
        return _api.Conflicts.ExecuteAsync(token => _api.PatchAsync(path, body, token), ct);
    }

    /// <summary>True for a proficiency the service keeps as sent for a language: a whole number from 0 to 5.</summary>
    public static bool IsLanguageProficiency(double proficiency) => proficiency is >= 0 and <= 5 && proficiency == Math.Floor(proficiency);

    private static string LanguagesPath(string userId) => $"/api/v2/users/{PathSegment.Escape(userId)}/routinglanguages";
}
