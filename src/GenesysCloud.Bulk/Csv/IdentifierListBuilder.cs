namespace GenesysCloud.Bulk.Csv;

/// <summary>Collects entries in order, marking repeats as duplicates of the row that came first.</summary>
internal sealed class IdentifierListBuilder(IdentifierKind kind, IdentifierInputOptions options)
{
    private readonly List<IdentifierEntry> _entries = [];
    private readonly Dictionary<string, int> _firstRow = new(StringComparer.OrdinalIgnoreCase);

    public void Add(int row, string? column, string raw)
    {
        if (_entries.Count >= options.MaxRows)
            throw new CsvInputException(
                $"Line {row}: more than {options.MaxRows:N0} identifiers; split the input into smaller files.", row, column);

        var trimmed = raw.Trim();
        var value = IdentifierValidator.Normalize(kind, raw, out var problem, out var isFormula);
        if (value is null)
        {
            _entries.Add(new IdentifierEntry(row, column, trimmed, "", IdentifierStatus.Invalid, problem) { IsFormula = isFormula });
        }
        else if (_firstRow.TryGetValue(value, out var first))
        {
            _entries.Add(new IdentifierEntry(row, column, trimmed, value, IdentifierStatus.Duplicate, $"repeats line {first}"));
        }
        else
        {
            _firstRow[value] = row;
            _entries.Add(new IdentifierEntry(row, column, trimmed, value, IdentifierStatus.Valid));
        }
    }

    public IdentifierInput Build() => new(kind, _entries.ToArray());
}
