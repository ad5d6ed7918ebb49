using System.CommandLine;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.SkillsManager;

namespace GenesysCloud.Cli.Input;

/// <summary>
/// The people a skill command applies to: a CSV file (an email, userId or username column, and optionally a
/// proficiency column, one value per row) or a list of emails.
/// </summary>
public sealed class SkillInputOptions
{
    private readonly IdentifierOptions _identifiers = new();

    public SkillInputOptions() =>
        _identifiers.File.Description = "CSV file with a header row, an email (or userId, or username) column and optionally a proficiency column (0–5 per row; whole numbers for a language).";

    public void AddTo(Command command) => _identifiers.AddTo(command);

    /// <summary>Reads and validates the input; a bad row or value is a <see cref="CliInputException"/> naming its line and column.</summary>
    public async Task<SkillInput> ReadAsync(ParseResult result, RoutingKind kind, CancellationToken ct) =>
        await _identifiers.ReadFileAsync(result, bytes => SkillCsvParser.Parse(bytes, kind: kind), input => input.Identifiers, ct)
        ?? SkillInput.Of(await _identifiers.ReadAsync(result, ct));
}
