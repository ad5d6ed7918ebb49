using CsvHelper;

namespace GenesysCloud.Bulk.Csv;

/// <summary>
/// One optional column of a value per row beside the identifiers (a proficiency, a ring number): found by its header
/// (case-insensitive), blank cells left out, and a bad value a <see cref="CsvInputException"/> that names its line and
/// column, so a file with one bad row changes nothing.
/// </summary>
public static class CsvRowValues
{
    /// <summary>Line number → value of each row with a value in <paramref name="column"/>; empty when there is no such column.</summary>
    /// <param name="bytes">The CSV file (decoded as <see cref="CsvIdentifierParser.Parse"/> does).</param>
    /// <param name="column">The header, e.g. <c>ringNumber</c>.</param>
    /// <param name="parse">The value of a cell, or null when it is not a valid one.</param>
    /// <param name="expected">What a valid cell is, for the error: "a ring number from 1 to 6".</param>
    public static IReadOnlyDictionary<int, T> Read<T>(ReadOnlySpan<byte> bytes, string column, Func<string, T?> parse, string expected)
        where T : struct =>
        ReadText(CsvIdentifierParser.Decode(bytes), column, parse, expected);

    /// <summary>As <see cref="Read{T}"/>, from decoded CSV text.</summary>
    public static IReadOnlyDictionary<int, T> ReadText<T>(string text, string column, Func<string, T?> parse, string expected)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parse);
        var readerOptions = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            IncludeValuesInExceptions = false,
        };
        using var reader = CsvReader.FromText(text, readerOptions);
        reader.ReadHeader();
        var index = reader.Headers.ToList().FindIndex(h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
        var byRow = new Dictionary<int, T>();
        if (index < 0) return byRow;

        var header = reader.Headers[index].Trim();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var cell = (index < reader.FieldCount ? reader.GetString(index) : null)?.Trim() ?? "";
            if (cell.Length == 0) continue;
            byRow[line] = parse(cell) ?? throw new CsvInputException($"Line {line}, column '{header}': '{Shorten(cell)}' is not {expected}.", line, header);
        }

        return byRow;
    }

    /// <summary>The value of each of <see cref="IdentifierInput.Values"/>, in order (null: none on that row).</summary>
    public static IReadOnlyList<T?> InValueOrder<T>(IdentifierInput identifiers, IReadOnlyDictionary<int, T> byRow)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        ArgumentNullException.ThrowIfNull(byRow);
        return [.. identifiers.Entries.Where(e => e.Status == IdentifierStatus.Valid).Select(e => byRow.TryGetValue(e.Row, out var v) ? v : (T?)null)];
    }

    /// <summary>
    /// The values of <paramref name="identifiers"/> looked up by identifier, for a request built from some of them (the
    /// workflow plans only the rows it keeps): each asked identifier's value, null for one without.
    /// </summary>
    public static Func<IReadOnlyList<string>, IReadOnlyList<T?>> ByIdentifier<T>(IdentifierInput identifiers, IReadOnlyDictionary<int, T> byRow)
        where T : struct
    {
        var values = identifiers.Values;
        var perValue = InValueOrder(identifiers, byRow);
        var byIdentifier = new Dictionary<string, T?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Count; i++) byIdentifier.TryAdd(values[i], perValue[i]);
        return asked => [.. asked.Select(id => byIdentifier.GetValueOrDefault(id))];
    }

    private static string Shorten(string cell) => cell.Length > 20 ? cell[..20] + "…" : cell;
}
