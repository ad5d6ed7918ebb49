namespace GenesysCloud.Emulator.Hosting;

/// <summary>A validated pageNumber/pageSize pair.</summary>
internal readonly record struct Paging(int PageNumber, int PageSize)
{
    public const int DefaultPageSize = 25;

    public int Skip => (int)Math.Min(int.MaxValue, ((long)PageNumber - 1) * PageSize);

    /// <summary>Null and the paging when valid, else the 400 to answer.</summary>
    public static ApiError? Validate(int? pageSize, int? pageNumber, int maxPageSize, out Paging paging)
    {
        paging = new Paging(pageNumber ?? 1, pageSize ?? DefaultPageSize);
        if (paging.PageSize < 1 || paging.PageSize > maxPageSize)
            return ApiError.BadRequest($"pageSize must be between 1 and {maxPageSize}.", "pageSize");
        return paging.PageNumber < 1 ? ApiError.BadRequest("pageNumber must be 1 or greater.", "pageNumber") : null;
    }

    public int PageCount(long total) => (int)((total + PageSize - 1) / PageSize);

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items)
    {
        var skip = Skip;
        if (skip >= items.Count)
            return [];
        var page = new T[Math.Min(PageSize, items.Count - skip)];
        for (var i = 0; i < page.Length; i++)
            page[i] = items[skip + i];
        return page;
    }
}
