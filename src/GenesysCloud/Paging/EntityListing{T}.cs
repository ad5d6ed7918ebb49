namespace GenesysCloud;

/// <summary>One page of a Genesys list envelope. Totals are null for listings without them (e.g. queue members).</summary>
public sealed record EntityListing<T>
{
    /// <summary>The entities of this page.</summary>
    public IReadOnlyList<T> Entities { get; init; } = [];

    /// <summary>1-based page number.</summary>
    public int? PageNumber { get; init; }

    /// <summary>Requested page size.</summary>
    public int? PageSize { get; init; }

    /// <summary>Total number of entities, when the endpoint reports it.</summary>
    public long? Total { get; init; }

    /// <summary>Number of pages, when the endpoint reports it.</summary>
    public int? PageCount { get; init; }

    /// <summary>Relative URI of the next page; null on the last page.</summary>
    public string? NextUri { get; init; }

    /// <summary>Relative URI of the previous page.</summary>
    public string? PreviousUri { get; init; }

    /// <summary>Relative URI of this page.</summary>
    public string? SelfUri { get; init; }
}
