using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

/// <summary>
/// <c>/api/v2/users/{userId}/routinglanguages</c>: list and bulk PATCH ("Max limit 50 languages"), shared with skills, and
/// DELETE (204 "Language removed"). The service "accepts a float, but the backend rounds to the nearest int" (Genesys's
/// provider), so a fractional proficiency is stored rounded, as there.
/// </summary>
internal static class UserRoutingLanguagesApi
{
    public static readonly UserLevelsEndpoints<UserRoutingLanguage> Languages = new(
        "language", org => org.LanguageLevels, (org, id) => org.FindLanguage(id)?.Name,
        p => Math.Round(p, MidpointRounding.AwayFromZero), UserRoutingLanguage.From);

    public static IEndpointRouteBuilder MapUserRoutingLanguagesApi(this IEndpointRouteBuilder app)
    {
        var languages = app.MapGroup("/api/v2/users/{userId}/routinglanguages");
        languages.MapGet("", Languages.List);
        languages.MapDelete("/{languageId}", Remove);
        languages.MapPatch("/bulk", Languages.BulkPatch);
        return app;
    }

    /// <summary>
    /// 204 when removed. Removing a language the user does not have is undocumented; the harder plausible answer is a
    /// 404, so clients must not count on a success for it.
    /// </summary>
    private static IResult Remove(EmulatorState org, string userId, string languageId)
    {
        if (org.FindUser(userId) is null)
            return UserLevelsEndpoints<UserRoutingLanguage>.UserNotFound(userId);
        if (org.FindLanguage(languageId) is null)
            return Languages.NotFound(languageId);
        return org.LanguageLevels.Remove(userId, languageId)
            ? TypedResults.NoContent()
            : ApiError.NotFound($"User {userId} does not have language {languageId}.");
    }
}
