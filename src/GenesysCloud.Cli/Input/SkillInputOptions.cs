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
    public async Task<SkillInput> ReadAsync(ParseResult result, RoutingKind kind, CancellationToken ct)
    {
        if (result.GetValue(_identifiers.File) is not { } file)
            return SkillInput.Of(await _identifiers.ReadAsync(result, ct));
        if (result.GetValue(_identifiers.Emails) is not null)
            throw new CliInputException("Give exactly one of --file FILE or --emails a,b,...");
        if (!file.Exists)
            throw new CliInputException($"--file: '{file.FullName}' does not exist.");
        try
        {
            var limit = IdentifierInputOptions.Default.MaxBytes;
            if (file.Length > limit)
                throw new CliInputException($"--file {file.Name}: the file is {file.Length:N0} bytes; the limit is {limit:N0}.");
            var input = SkillCsvParser.Parse(await File.ReadAllBytesAsync(file.FullName, ct), kind: kind);
            input.Identifiers.ThrowIfInvalid();
            if (input.Identifiers.ValidCount == 0)
                throw new CliInputException($"--file {file.Name}: no identifiers found.");
            return input;
        }
        catch (CsvInputException ex)
        {
            throw new CliInputException($"--file {file.Name}: {ex.Message}", ex);
        }
    }
}
