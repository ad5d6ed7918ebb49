namespace GenesysCloud.Bulk.Csv;

/// <summary>Parsed identifier input: every entry with its row, and the distinct valid values to resolve.</summary>
/// <param name="Kind">What the identifiers name users by.</param>
/// <param name="Entries">Every identifier in input order, including duplicates and invalid ones.</param>
public sealed record IdentifierInput(IdentifierKind Kind, IReadOnlyList<IdentifierEntry> Entries)
{
    /// <summary>The distinct valid identifiers, normalised, in input order.</summary>
    public IReadOnlyList<string> Values { get; } =
        Entries.Where(e => e.Status == IdentifierStatus.Valid).Select(e => e.Value).ToArray();

    /// <summary>The line of each of <see cref="Values"/> (same order), for <see cref="BulkRequest.Lines"/>.</summary>
    public IReadOnlyList<int?> ValueLines { get; } =
        Entries.Where(e => e.Status == IdentifierStatus.Valid).Select(e => (int?)e.Row).ToArray();

    /// <summary>Number of valid (first-seen) identifiers.</summary>
    public int ValidCount => Values.Count;

    /// <summary>Number of identifiers repeated from an earlier row.</summary>
    public int DuplicateCount => Entries.Count(e => e.Status == IdentifierStatus.Duplicate);

    /// <summary>Number of entries that are not usable identifiers.</summary>
    public int InvalidCount => Entries.Count(e => e.Status == IdentifierStatus.Invalid);

    /// <summary>The invalid entries, for reports.</summary>
    public IEnumerable<IdentifierEntry> Invalid => Entries.Where(e => e.Status == IdentifierStatus.Invalid);

    /// <summary>
    /// True when some cell would run as a spreadsheet formula. Such input is suspect as a whole,
    /// so callers refuse to apply it until the cells are removed.
    /// </summary>
    public bool HasFormulaCells => Entries.Any(e => e.IsFormula);

    /// <summary>Throws a <see cref="CsvInputException"/> naming the first invalid entry, if there is one.</summary>
    public IdentifierInput ThrowIfInvalid()
    {
        var first = Entries.FirstOrDefault(e => e.Status == IdentifierStatus.Invalid);
        if (first is not null)
        {
            var more = InvalidCount > 1 ? $" ({InvalidCount - 1} more invalid entries)" : "";
            throw new CsvInputException($"{first.Location}: '{first.Raw}' {first.Problem}.{more}", first.Row, first.Column);
        }

        return this;
    }
}
