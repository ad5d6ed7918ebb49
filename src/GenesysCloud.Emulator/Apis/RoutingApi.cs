using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;
using Microsoft.AspNetCore.Mvc;

namespace GenesysCloud.Emulator.Apis;

/// <summary>Skills, languages and wrap-up codes: read-only lists with a name prefix filter.</summary>
internal static class RoutingApi
{
    /// <summary>Genesys's provider lists skills with 500; languages and wrap-up codes keep the stricter 100.</summary>
    private const int MaxSkillsPageSize = 500;
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapRoutingApi(this IEndpointRouteBuilder app)
    {
        var routing = app.MapGroup("/api/v2/routing");
        routing.MapGet("/skills", (HttpRequest request, EmulatorState org, int? pageSize, int? pageNumber, string? name, [FromQuery(Name = "id")] string[]? ids) =>
            List(request, org.Skills.Select(s => (s.Id, s.Name)), "skills", MaxSkillsPageSize, pageSize, pageNumber, name, ids));
        routing.MapGet("/languages", (HttpRequest request, EmulatorState org, int? pageSize, int? pageNumber, string? name, [FromQuery(Name = "id")] string[]? ids) =>
            List(request, org.Languages.Select(l => (l.Id, l.Name)), "languages", MaxPageSize, pageSize, pageNumber, name, ids));
        routing.MapGet("/wrapupcodes", (HttpRequest request, EmulatorState org, int? pageSize, int? pageNumber, string? name, [FromQuery(Name = "id")] string[]? ids) =>
            List(request, org.WrapupCodes.Select(w => (w.Id, w.Name)), "wrapupcodes", MaxPageSize, pageSize, pageNumber, name, ids));
        return app;
    }

    private static IResult List(
        HttpRequest request, IEnumerable<(string Id, string Name)> items, string resource, int maxPageSize, int? pageSize, int? pageNumber,
        string? name, string[]? ids)
    {
        if (Paging.Validate(pageSize, pageNumber, maxPageSize, out var paging) is { } error)
            return error;
        var wanted = QueryValues.Split(ids);
        var matches = items
            .Where(i => NameFilter.Matches(i.Name, name, prefixWithoutWildcard: true))
            .Where(i => wanted.Count == 0 || wanted.Contains(i.Id))
            .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return TypedResults.Ok(Listings.Page(request, matches, paging, i =>
            new NamedEntity(i.Id, i.Name, "active", 1, $"/api/v2/routing/{resource}/{i.Id}")));
    }
}
