using System.Globalization;
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
        return new SkillInput(identifiers, CsvRowValues.Read(bytes, ProficiencyColumn, cell => Proficiency(cell, kind), Expected(kind)));
    }

    /// <summary>Parses decoded CSV text.</summary>
    public static SkillInput ParseText(string text, IdentifierInputOptions? options = null, RoutingKind kind = RoutingKind.Skill) =>
        new(CsvIdentifierParser.ParseText(text, options), CsvRowValues.ReadText(text, ProficiencyColumn, cell => Proficiency(cell, kind), Expected(kind)));

    private static string Expected(RoutingKind kind) =>
        kind == RoutingKind.Language ? "a language proficiency (a whole number from 0 to 5)" : "a proficiency from 0 to 5";

    /// <summary>A proficiency <paramref name="kind"/> accepts (invariant culture, "3", or "2.5" for a skill), or null.</summary>
    public static double? Proficiency(string text, RoutingKind kind = RoutingKind.Skill) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && kind.IsValid(value) ? value : null;
}
