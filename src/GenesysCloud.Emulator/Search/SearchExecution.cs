using System.Text;
using System.Text.Json;
using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Search;

/// <summary>Runs a search request and builds the search envelope with q64 page links.</summary>
internal static class SearchExecution
{
    public const int MaxPageSize = 100;

    /// <summary>Maps <c>POST {group}/search</c> and its q64 follow-up <c>GET {group}/search?q64=</c>.</summary>
    public static RouteGroupBuilder MapSearch<T, TOut>(
        this RouteGroupBuilder group, SearchFields<T> fields, Func<EmulatorState, SearchRequest, IEnumerable<T>> candidates,
        Func<EmulatorState, T, TOut> map, string type)
    {
        IResult Search(HttpRequest request, EmulatorState org, SearchRequest body) =>
            Run(request, body, fields, candidates(org, body), item => map(org, item), type);

        group.MapPost("/search", Search);
        group.MapGet("/search", (HttpRequest request, EmulatorState org, string? q64) =>
            Decode(q64) is { } body
                ? Search(request, org, body)
                : ApiError.BadRequest("q64 is missing or is not a page link of a previous search.", "q64"));
        return group;
    }

    private static IResult Run<T, TOut>(
        HttpRequest request, SearchRequest body, SearchFields<T> fields, IEnumerable<T> candidates, Func<T, TOut> map, string type)
    {
        if (Paging.Validate(body.PageSize, body.PageNumber, MaxPageSize, out var paging) is { } pagingError)
            return pagingError;
        if (fields.Validate(body.Query) is { } queryError)
            return queryError;
        if (body.SortBy is { } sortBy && !fields.Has(sortBy))
            return ApiError.BadRequest($"Cannot sort by '{sortBy}'.", "sortBy");

        var matches = candidates.Where(fields.Compile(body.Query!));
        if (body.SortBy is not null)
        {
            var key = fields.Get(body.SortBy);
            matches = QueryValues.IsDescending(body.SortOrder)
                ? matches.OrderByDescending(key, StringComparer.OrdinalIgnoreCase)
                : matches.OrderBy(key, StringComparer.OrdinalIgnoreCase);
        }
        var found = matches.ToList();
        var pageCount = paging.PageCount(found.Count);
        string PageLink(int pageNumber) =>
            $"{request.PathBase}{request.Path}?q64={Encode(body with { PageNumber = pageNumber, PageSize = paging.PageSize })}";
        return TypedResults.Ok(new SearchResponse<TOut>(
            found.Count, pageCount, paging.PageSize, paging.PageNumber,
            PreviousPage: paging.PageNumber > 1 ? PageLink(paging.PageNumber - 1) : null,
            CurrentPage: PageLink(paging.PageNumber),
            NextPage: paging.PageNumber < pageCount ? PageLink(paging.PageNumber + 1) : null,
            [type], [.. paging.Slice(found).Select(map)]));
    }

    /// <summary>The search a q64 page link stands for; null when the token is not one of ours.</summary>
    private static SearchRequest? Decode(string? q64)
    {
        if (string.IsNullOrEmpty(q64))
            return null;
        try
        {
            var json = Convert.FromBase64String(q64.Replace('-', '+').Replace('_', '/').PadRight((q64.Length + 3) / 4 * 4, '='));
            return JsonSerializer.Deserialize<SearchRequest>(json, JsonSerializerOptions.Web);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string Encode(SearchRequest request) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, JsonSerializerOptions.Web)))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
