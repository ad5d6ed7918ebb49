namespace GenesysCloud.Bulk.Csv;

/// <summary>One identifier as the user gave it, with where it came from and what was made of it.</summary>
/// <param name="Row">1-based line of the pasted text or of the CSV file (the header is line 1).</param>
/// <param name="Column">The CSV header of the field, or <see langword="null"/> for pasted text.</param>
/// <param name="Raw">The text as given, trimmed.</param>
/// <param name="Value">The normalised identifier (emails and usernames lower-cased); empty when invalid.</param>
/// <param name="Status">Valid, duplicate or invalid.</param>
/// <param name="Problem">Why an invalid entry is invalid, or which row a duplicate repeats.</param>
public sealed record IdentifierEntry(
    int Row,
    string? Column,
    string Raw,
    string Value,
    IdentifierStatus Status,
    string? Problem = null)
{
    /// <summary>True when the text would run as a spreadsheet formula (starts with =, +, -, @, tab or CR).</summary>
    public bool IsFormula { get; init; }

    /// <summary>"line 3" or "line 3, column 'email'", for messages.</summary>
    public string Location => Column is null ? $"line {Row}" : $"line {Row}, column '{Column}'";
}
