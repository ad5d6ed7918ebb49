using System.CommandLine;
using CsvHelper;

namespace GenesysCloud.Cli.Conversations;

/// <summary>
/// Conversation ids for <c>conversations end</c>: <c>--ids a,b</c>, or <c>--file</c> (one id per line, or a CSV
/// with a conversationId column such as <c>conversations find</c> exports; <c>-</c> reads stdin).
/// </summary>
public sealed class ConversationIdInput
{
    public Option<string?> Ids { get; } = new("--ids") { Description = "Conversation ids separated by commas." };

    public Option<string?> File { get; } = new("--file", "-f")
    {
        Description = "File with one conversation id per line, or a CSV with a conversationId column; '-' reads stdin.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Ids);
        command.Options.Add(File);
    }

    public bool AnyGiven(ParseResult result) => result.GetValue(Ids) is not null || result.GetValue(File) is not null;

    public async Task<IReadOnlyList<string>> ReadAsync(ParseResult result, TextReader stdin, CancellationToken ct)
    {
        if (result.GetValue(Ids) is { } ids)
            return Check([.. ids.Split(',', StringSplitOptions.TrimEntries)], "--ids");
        var path = result.GetValue(File)!;
        string text;
        if (path == "-")
            text = await stdin.ReadToEndAsync(ct);
        else if (!System.IO.File.Exists(path))
            throw new CliInputException($"--file: '{Path.GetFullPath(path)}' does not exist.");
        else
            text = await System.IO.File.ReadAllTextAsync(path, ct);
        return Check(Parse(text), path == "-" ? "stdin" : $"--file {Path.GetFileName(path)}");
    }

    /// <summary>Lines, or the conversationId column when the first line is a CSV header naming it.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        if (!firstLine.Contains("conversationId", StringComparison.OrdinalIgnoreCase))
            return [.. text.Split('\n').Select(l => l.Trim().Trim('"')).Where(l => l.Length > 0)];
        using var csv = CsvReader.FromText(text, null);
        csv.ReadHeader();
        var column = csv.Headers.ToList().FindIndex(h => h.Trim().Equals("conversationId", StringComparison.OrdinalIgnoreCase));
        var ids = new List<string>();
        while (csv.Read())
            ids.Add(column < csv.FieldCount ? csv.GetString(column)?.Trim() ?? "" : "");
        return ids;
    }

    private static IReadOnlyList<string> Check(IReadOnlyList<string> ids, string source) =>
        ids.Any(id => id.Length > 0) ? ids : throw new CliInputException($"{source}: no conversation ids found.");
}
