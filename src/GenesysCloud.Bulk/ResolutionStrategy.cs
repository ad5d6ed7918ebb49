namespace GenesysCloud.Bulk;

/// <summary>How a plan turned identifiers into users.</summary>
public enum ResolutionStrategy
{
    /// <summary>No identifier needed a lookup.</summary>
    None,

    /// <summary>Users search with up to 100 exact values per call: cheaper for few identifiers.</summary>
    Search,

    /// <summary>The whole directory listed (500 per page) into the connection's cache: cheaper for many identifiers.</summary>
    Directory,

    /// <summary>The connection's directory cache was still fresh: no calls.</summary>
    CachedDirectory,
}
