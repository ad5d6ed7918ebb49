using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

/// <summary>
/// <c>/api/v2/users/{userId}/routinglanguages</c>: list (at most 50 per page, as Genesys's provider reads), bulk PATCH
/// (at most 50, "Max limit 50 languages"; injectable 409s like skills) and DELETE (204 "Language removed").
/// </summary>
internal static class UserRoutingLanguagesApi
{
    private const int MaxPageSize = 50;
    private const int MaxBulkLanguages = 50;
    private const double MaxProficiency = 5;

    public static IEndpointRouteBuilder MapUserRoutingLanguagesApi(this IEndpointRouteBuilder app)
    {
        var languages = app.MapGroup("/api/v2/users/{userId}/routinglanguages");
        languages.MapGet("", List);
        languages.MapDelete("/{languageId}", Remove);
        languages.MapPatch("/bulk", BulkPatch);
        return app;
    }

    private static IResult List(HttpRequest request, EmulatorState org, string userId, int? pageSize, int? pageNumber)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxPageSize, out var paging) is { } error)
            return error;
        return org.FindUser(userId) is null
            ? UserNotFound(userId)
            : TypedResults.Ok(Listings.Page(request, Assigned(org, userId), paging, l => l));
    }

    /// <summary>
    /// 204 when removed. Removing a language the user does not have is undocumented; the harder plausible answer is a
    /// 404, so clients must not count on a success for it.
    /// </summary>
    private static IResult Remove(EmulatorState org, string userId, string languageId)
    {
        if (org.FindUser(userId) is null)
            return UserNotFound(userId);
        if (org.FindLanguage(languageId) is null)
            return LanguageNotFound(languageId);
        return org.RemoveUserLanguage(userId, languageId)
            ? TypedResults.NoContent()
            : ApiError.NotFound($"User {userId} does not have language {languageId}.");
    }

    /// <summary>
    /// Adds or updates up to 50 languages. The service "accepts a float, but the backend rounds to the nearest int"
    /// (Genesys's provider), so a fractional proficiency is stored rounded, as there.
    /// </summary>
    private static IResult BulkPatch(
        HttpRequest request, EmulatorState org, InjectedConflicts conflicts, string userId, List<UserRoutingLanguagePost> body)
    {
        if (body.Count == 0)
            return ApiError.BadRequest("The body must list at least one language.");
        if (body.Count > MaxBulkLanguages)
            return ApiError.BadRequest($"At most {MaxBulkLanguages} languages may be patched per request; the body held {body.Count}.");
        if (Validate(org, userId, body) is { } error)
            return error;
        if (conflicts.Next() is { } conflict)
            return conflict;
        org.SetUserLanguages(userId, body.Select(l => (l.Id!, Math.Round(l.Proficiency!.Value, MidpointRounding.AwayFromZero))));
        var assigned = Assigned(org, userId);
        return TypedResults.Ok(Listings.Page(request, assigned, new Paging(1, Math.Max(Paging.DefaultPageSize, assigned.Count)), l => l));
    }

    internal static List<UserRoutingLanguage> Assigned(EmulatorState org, string userId) =>
    [
        .. org.GetUserLanguages(userId)
            .Select(pair => UserRoutingLanguage.From(userId, pair.Key, org.FindLanguage(pair.Key)?.Name ?? pair.Key, pair.Value))
            .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase),
    ];

    private static ApiError? Validate(EmulatorState org, string userId, IEnumerable<UserRoutingLanguagePost> languages)
    {
        if (org.FindUser(userId) is null)
            return UserNotFound(userId);
        foreach (var language in languages)
        {
            if (string.IsNullOrEmpty(language.Id))
                return ApiError.BadRequest("id (the language id) is required.", "id");
            if (language.Proficiency is not { } proficiency || proficiency is < 0 or > MaxProficiency)
                return ApiError.BadRequest($"proficiency must be between 0 and {MaxProficiency}.", "proficiency");
            if (org.FindLanguage(language.Id) is null)
                return LanguageNotFound(language.Id);
        }
        return null;
    }

    private static ApiError UserNotFound(string userId) => ApiError.NotFound($"User {userId} was not found.");

    private static ApiError LanguageNotFound(string languageId) => ApiError.NotFound($"Language {languageId} was not found.");
}
