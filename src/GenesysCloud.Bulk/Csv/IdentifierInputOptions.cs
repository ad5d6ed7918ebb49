namespace GenesysCloud.Bulk.Csv;

/// <summary>Limits for identifier input, so that a huge or hostile file fails fast with a clear message.</summary>
public sealed record IdentifierInputOptions
{
    /// <summary>The defaults: 5 MB and 100,000 rows.</summary>
    public static IdentifierInputOptions Default { get; } = new();

    /// <summary>Largest accepted input in bytes (UTF-8). Larger input is refused before it is parsed.</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Largest accepted number of identifiers (rows or pasted values).</summary>
    public int MaxRows { get; init; } = 100_000;
}
