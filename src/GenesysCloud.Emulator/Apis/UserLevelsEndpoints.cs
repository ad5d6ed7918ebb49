using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Org;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

/// <summary>
/// What <c>/users/{id}/routingskills</c> and <c>/users/{id}/routinglanguages</c> share: the list (at most 50 per page, as
/// Genesys's provider reads both), the bulk PATCH of at most 50 (an injectable 409 changes nothing) and its checks.
/// </summary>
/// <param name="noun">"skill" or "language", for messages.</param>
/// <param name="levels">Where the org keeps them.</param>
/// <param name="nameOf">The org's name of an id; null when the org has no such one.</param>
/// <param name="stored">What the service keeps of a valid proficiency (languages: rounded to a whole number).</param>
/// <param name="wire">The assignment as the API shows it (user id, id, name, proficiency).</param>
internal sealed class UserLevelsEndpoints<TWire>(
    string noun,
    Func<EmulatorState, UserLevels> levels,
    Func<EmulatorState, string, string?> nameOf,
    Func<double, double> stored,
    Func<string, string, string, double, TWire> wire)
{
    private const int MaxPageSize = 50;
    private const int MaxPerPatch = 50;
    private const double MaxProficiency = 5;

    public IResult List(HttpRequest request, EmulatorState org, string userId, int? pageSize, int? pageNumber)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxPageSize, out var paging) is { } error)
            return error;
        return org.FindUser(userId) is null
            ? UserNotFound(userId)
            : TypedResults.Ok(Listings.Page(request, Assigned(org, userId), paging, l => l));
    }

    public IResult BulkPatch(HttpRequest request, EmulatorState org, InjectedConflicts conflicts, string userId, List<ProficiencyPost> body)
    {
        if (body.Count == 0)
            return ApiError.BadRequest($"The body must list at least one {noun}.");
        if (body.Count > MaxPerPatch)
            return ApiError.BadRequest($"At most {MaxPerPatch} {noun}s may be patched per request; the body held {body.Count}.");
        if (Validate(org, userId, body) is { } error)
            return error;
        if (conflicts.Next() is { } conflict)
            return conflict;
        levels(org).Set(userId, body.Select(l => (l.Id!, stored(l.Proficiency!.Value))));
        var assigned = Assigned(org, userId);
        return TypedResults.Ok(Listings.Page(request, assigned, new Paging(1, Math.Max(Paging.DefaultPageSize, assigned.Count)), l => l));
    }

    /// <summary>The 404 or 400 to answer for this user and body, or null when the write may go ahead.</summary>
    public ApiError? Validate(EmulatorState org, string userId, IEnumerable<ProficiencyPost> posts)
    {
        if (org.FindUser(userId) is null)
            return UserNotFound(userId);
        foreach (var post in posts)
        {
            if (string.IsNullOrEmpty(post.Id))
                return ApiError.BadRequest($"id (the {noun} id) is required.", "id");
            if (post.Proficiency is not { } proficiency || proficiency is < 0 or > MaxProficiency)
                return ApiError.BadRequest($"proficiency must be between 0 and {MaxProficiency}.", "proficiency");
            if (nameOf(org, post.Id) is null)
                return NotFound(post.Id);
        }
        return null;
    }

    /// <summary>A user's assignments by name, as the API lists them (and <c>expand</c> embeds them).</summary>
    public List<TWire> Assigned(EmulatorState org, string userId) =>
    [
        .. levels(org).Of(userId)
            .Select(pair => (pair.Key, Name: nameOf(org, pair.Key) ?? pair.Key, pair.Value))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .Select(a => wire(userId, a.Key, a.Name, a.Value)),
    ];

    public static ApiError UserNotFound(string userId) => ApiError.NotFound($"User {userId} was not found.");

    public ApiError NotFound(string id) => ApiError.NotFound($"{char.ToUpperInvariant(noun[0])}{noun[1..]} {id} was not found.");
}
