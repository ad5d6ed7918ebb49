using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Search;
using GenesysCloud.Emulator.Wire;
using Microsoft.AspNetCore.Mvc;

namespace GenesysCloud.Emulator.Apis;

internal static class UsersApi
{
    private const int MaxPageSize = 500;

    /// <summary>Ids per <c>GET /users?id=</c>: no source states the real cap; 100 is the stricter plausible one.</summary>
    private const int MaxIds = 100;
    private static readonly string[] States = ["active", "inactive", "deleted", "any"];

    private static readonly SearchFields<EmulatorUser> Fields = new(
        new Dictionary<string, Func<EmulatorUser, string>>(StringComparer.OrdinalIgnoreCase)
        {
            // No "id": no source documents it as searchable; ids are read with GET /users?id= (FACTS §8).
            ["name"] = u => u.Name,
            ["email"] = u => u.Email,
            ["username"] = u => u.Username,
            ["department"] = u => u.Department,
            ["title"] = u => u.Title,
            ["state"] = u => u.State,
        },
        ["name", "email", "username", "department", "title"]);

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v2/users");
        users.MapGet("", List);
        users.MapGet("/{userId}", Get);
        users.MapSearch(Fields, Candidates, (org, u) => User.From(u, org.Division), "users");
        return app;
    }

    private static IResult List(
        HttpRequest request, EmulatorState org, EmulatorOptions options, UserJsonCache json, int? pageSize, int? pageNumber, string? sortOrder,
        [FromQuery(Name = "id")] string[]? ids, [FromQuery(Name = "state")] string? userState, [FromQuery(Name = "expand")] string[]? expand)
    {
        if (Paging.Validate(pageSize, pageNumber, MaxPageSize, out var paging) is { } error)
            return error;
        userState ??= "active";
        if (!States.Contains(userState))
            return ApiError.BadRequest($"state must be one of {string.Join(", ", States)}.", "state");
        var users = org.UsersInState(userState);
        var wanted = QueryValues.Split(ids);
        if (wanted.Count > MaxIds)
            return ApiError.BadRequest($"At most {MaxIds} ids may be given per request; {wanted.Count} were given.", "id");
        if (wanted.Count > 0)
            users = [.. wanted.Select(org.FindUser).OfType<EmulatorUser>().Where(u => userState == "any" || u.State == userState)];
        if (QueryValues.IsDescending(sortOrder))
            users = [.. users.Reverse()];
        var expands = QueryValues.Split(expand).Where(e => !options.IgnoredUserExpands.Contains(e)).ToList();
        var withSkills = expands.Contains("skills", StringComparer.OrdinalIgnoreCase);
        var withLanguages = expands.Contains("languages", StringComparer.OrdinalIgnoreCase);
        if (!withSkills && !withLanguages)
            return TypedResults.Ok(Listings.Page(request, users, paging, u => json.Of(u, org.Division)));
        return TypedResults.Ok(Listings.Page(request, users, paging, u => User.From(u, org.Division) with
        {
            Skills = withSkills ? UserRoutingSkillsApi.Skills.Assigned(org, u.Id) : null,
            Languages = withLanguages ? UserRoutingLanguagesApi.Languages.Assigned(org, u.Id) : null,
        }));
    }

    private static IResult Get(string userId, EmulatorState org) =>
        org.FindUser(userId) is { } user
            ? TypedResults.Ok(User.From(user, org.Division))
            : ApiError.NotFound($"User {userId} was not found.");

    /// <summary>An exact email lookup (the bulk identifier resolution) uses the index instead of a scan.</summary>
    private static IEnumerable<EmulatorUser> Candidates(EmulatorState org, SearchRequest body)
    {
        if (body.Query is [{ Type: { } type, Fields: [var field], Operator: null or "AND" } only]
            && type.Equals("EXACT", StringComparison.OrdinalIgnoreCase)
            && field.Equals("email", StringComparison.OrdinalIgnoreCase))
        {
            var emails = only.Values is { Count: > 0 } values ? values : [only.Value ?? string.Empty];
            return emails.Select(org.FindUserByEmail).OfType<EmulatorUser>().Distinct();
        }
        return org.Users;
    }
}
