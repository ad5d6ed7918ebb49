using GenesysCloud.Emulator.Wire;
using Microsoft.AspNetCore.Http.Extensions;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>Builds list envelopes whose URIs are the request's path and query with another page.</summary>
internal static class Listings
{
    public static EntityListing<TOut> Page<TIn, TOut>(HttpRequest request, IReadOnlyList<TIn> all, Paging paging, Func<TIn, TOut> map) =>
        Create(request, paging, all.Count, [.. paging.Slice(all).Select(map)]);

    public static EntityListing<T> Create<T>(HttpRequest request, Paging paging, long total, IReadOnlyList<T> entities)
    {
        var pageCount = paging.PageCount(total);
        return new EntityListing<T>(
            entities, paging.PageSize, paging.PageNumber, total,
            FirstUri: PageUri(request, 1, paging.PageSize),
            SelfUri: PageUri(request, paging.PageNumber, paging.PageSize),
            NextUri: paging.PageNumber < pageCount ? PageUri(request, paging.PageNumber + 1, paging.PageSize) : null,
            PreviousUri: paging.PageNumber > 1 ? PageUri(request, paging.PageNumber - 1, paging.PageSize) : null,
            LastUri: PageUri(request, Math.Max(1, pageCount), paging.PageSize),
            pageCount);
    }

    /// <summary>The queue-member style envelope: nextUri while the page is full, no totals.</summary>
    public static CursorListing<T> Cursor<T>(HttpRequest request, Paging paging, IReadOnlyList<T> entities, bool hasMore) => new(
        entities, paging.PageSize, paging.PageNumber,
        FirstUri: PageUri(request, 1, paging.PageSize),
        SelfUri: PageUri(request, paging.PageNumber, paging.PageSize),
        NextUri: hasMore ? PageUri(request, paging.PageNumber + 1, paging.PageSize) : null,
        PreviousUri: paging.PageNumber > 1 ? PageUri(request, paging.PageNumber - 1, paging.PageSize) : null);

    public static string PageUri(HttpRequest request, int pageNumber, int pageSize)
    {
        var query = new QueryBuilder { { "pageSize", pageSize.ToString() }, { "pageNumber", pageNumber.ToString() } };
        foreach (var (key, values) in request.Query)
        {
            if (!key.Equals("pageSize", StringComparison.OrdinalIgnoreCase) && !key.Equals("pageNumber", StringComparison.OrdinalIgnoreCase))
                query.Add(key, values.Where(v => v is not null).Select(v => v!));
        }
        return $"{request.PathBase}{request.Path}{query.ToQueryString()}";
    }
}
