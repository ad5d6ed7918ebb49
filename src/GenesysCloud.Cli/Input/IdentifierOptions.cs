using System.CommandLine;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Cli.Input;

/// <summary>The users a membership command applies to: a CSV file or a list of emails.</summary>
public sealed class IdentifierOptions
{
    public Option<FileInfo?> File { get; } = new("--file", "-f")
    {
        Description = "CSV file with a header row and an email (or userId, or username) column.",
    };

    public Option<string?> Emails { get; } = new("--emails", "-e")
    {
        Description = "Emails separated by commas, e.g. a@example.com,b@example.com.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Emails);
    }

    /// <summary>Reads and validates the identifiers; anything unusable is a <see cref="CliInputException"/>.</summary>
    public async Task<IdentifierInput> ReadAsync(ParseResult result, CancellationToken ct)
    {
        var file = result.GetValue(File);
        var emails = result.GetValue(Emails);
        if (file is null == emails is null)
            throw new CliInputException("Give exactly one of --file FILE or --emails a,b,...");

        var input = file is not null ? await ReadFileAsync(file, ct) : ReadEmails(emails!);
        if (input.ValidCount == 0)
            throw new CliInputException($"{Source(file)}: no identifiers found.");
        return input;
    }

    /// <summary>
    /// Reads <c>--file</c> with <paramref name="parse"/>, for a CSV that carries a value per row besides the people (a
    /// proficiency, a ring number); checked as <see cref="ReadAsync"/> checks identifiers. Null when no file was given.
    /// </summary>
    public async Task<T?> ReadFileAsync<T>(ParseResult result, Func<byte[], T> parse, Func<T, IdentifierInput> identifiers, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(identifiers);
        if (result.GetValue(File) is not { } file)
            return null;
        if (result.GetValue(Emails) is not null)
            throw new CliInputException("Give exactly one of --file FILE or --emails a,b,...");
        if (!file.Exists)
            throw new CliInputException($"--file: '{file.FullName}' does not exist.");
        try
        {
            var limit = IdentifierInputOptions.Default.MaxBytes;
            if (file.Length > limit)
                throw new CliInputException($"--file {file.Name}: the file is {file.Length:N0} bytes; the limit is {limit:N0}.");
            var input = parse(await System.IO.File.ReadAllBytesAsync(file.FullName, ct));
            identifiers(input).ThrowIfInvalid();
            if (identifiers(input).ValidCount == 0)
                throw new CliInputException($"--file {file.Name}: no identifiers found.");
            return input;
        }
        catch (CsvInputException ex)
        {
            throw new CliInputException($"--file {file.Name}: {ex.Message}", ex);
        }
    }

    private static async Task<IdentifierInput> ReadFileAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
            throw new CliInputException($"--file: '{file.FullName}' does not exist.");
        try
        {
            await using var stream = file.OpenRead();
            var input = await CsvIdentifierParser.ParseAsync(stream, ct: ct);
            return input.ThrowIfInvalid();
        }
        catch (CsvInputException ex)
        {
            throw new CliInputException($"--file {file.Name}: {ex.Message}", ex);
        }
    }

    private static IdentifierInput ReadEmails(string text)
    {
        try
        {
            return PastedIdentifierParser.Parse(text, IdentifierKind.Email).ThrowIfInvalid();
        }
        catch (CsvInputException ex)
        {
            throw new CliInputException($"--emails: {ex.Message}", ex);
        }
    }

    private static string Source(FileInfo? file) => file is null ? "--emails" : $"--file {file.Name}";
}
