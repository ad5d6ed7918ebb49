using System.Globalization;
using System.Text;
using CsvHelper;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>
/// Reads a skills CSV: the people column as <see cref="CsvIdentifierParser"/> finds it (email, userId or username)
/// and an optional <c>proficiency</c> column, each value a number from 0 to 5 (for a language, a whole number). A bad value stops the whole file
/// with a <see cref="CsvInputException"/> that names its line and column, so nothing is half-applied.
/// </summary>
public static class SkillCsvParser
{
    private const string ProficiencyColumn = "proficiency";

    /// <summary>Parses CSV bytes (size, encoding and identifiers checked as <see cref="CsvIdentifierParser.Parse"/> does).</summary>
    public static SkillInput Parse(byte[] bytes, IdentifierInputOptions? options = null, RoutingKind kind = RoutingKind.Skill)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var identifiers = CsvIdentifierParser.Parse(bytes, options);
        return WithProficiencies(identifiers, Decode(bytes), kind);
    }

    /// <summary>Parses decoded CSV text.</summary>
    public static SkillInput ParseText(string text, IdentifierInputOptions? options = null, RoutingKind kind = RoutingKind.Skill) =>
        WithProficiencies(CsvIdentifierParser.ParseText(text, options), text, kind);

    private static SkillInput WithProficiencies(IdentifierInput identifiers, string text, RoutingKind kind)
    {
        var readerOptions = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            IncludeValuesInExceptions = false,
        };
        using var reader = CsvReader.FromText(text, readerOptions);
        reader.ReadHeader();
        var index = reader.Headers.ToList().FindIndex(h => string.Equals(h.Trim(), ProficiencyColumn, StringComparison.OrdinalIgnoreCase));
        if (index < 0) return SkillInput.Of(identifiers);

        var column = reader.Headers[index].Trim();
        var byRow = new Dictionary<int, double>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var cell = (index < reader.FieldCount ? reader.GetString(index) : null)?.Trim() ?? "";
            if (cell.Length == 0) continue;
            byRow[line] = Proficiency(cell, kind) ?? throw new CsvInputException(
                $"Line {line}, column '{column}': '{Shorten(cell)}' is not a {(kind == RoutingKind.Language ? "language proficiency (a whole number from 0 to 5)" : "proficiency from 0 to 5")}.",
                line, column);
        }

        return new SkillInput(identifiers, byRow);
    }

    /// <summary>A proficiency <paramref name="kind"/> accepts (invariant culture, "3", or "2.5" for a skill), or null.</summary>
    public static double? Proficiency(string text, RoutingKind kind = RoutingKind.Skill) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && kind.IsValid(value) ? value : null;

    private static string Decode(byte[] bytes) => bytes switch
    {
        [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2),
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2),
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3),
        _ => Encoding.UTF8.GetString(bytes),
    };

    private static string Shorten(string cell) => cell.Length > 20 ? cell[..20] + "…" : cell;
}
