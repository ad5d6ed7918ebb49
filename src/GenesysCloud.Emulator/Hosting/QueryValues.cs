namespace GenesysCloud.Emulator.Hosting;

internal static class QueryValues
{
    /// <summary>A multi-valued parameter given repeated (id=a&amp;id=b) or comma separated (ids=a,b).</summary>
    public static IReadOnlyList<string> Split(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static bool IsDescending(string? sortOrder) =>
        sortOrder is not null && sortOrder.StartsWith("desc", StringComparison.OrdinalIgnoreCase);
}
