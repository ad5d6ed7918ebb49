using System.CommandLine;
using CsvHelper;
using GenesysCloud.Bulk.Conversations;

namespace GenesysCloud.Cli.Conversations;

/// <summary>
/// Conversation ids for <c>conversations end</c>: <c>--ids a,b</c>, or <c>--file</c> (one id per line, or a CSV
/// with a conversationId column such as <c>conversations find</c> exports; <c>-</c> reads stdin). Ids from a file keep
/// their line, so the journal and the report name it.
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

    public async Task<IReadOnlyList<ConversationToEnd>> ReadAsync(ParseResult result, TextReader stdin, CancellationToken ct)
    {
        if (result.GetValue(Ids) is { } ids)
            return Check([.. ids.Split(',', StringSplitOptions.TrimEntries).Select(id => new ConversationToEnd(id))], "--ids");
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

    /// <summary>Lines (blank ones skipped), or the conversationId column when the first line is a CSV header naming it; each id with its line.</summary>
    public static IReadOnlyList<ConversationToEnd> Parse(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        if (!firstLine.Contains("conversationId", StringComparison.OrdinalIgnoreCase))
        {
            return [.. text.Split('\n').Select((l, i) => new ConversationToEnd(l.Trim().Trim('"')) { Line = i + 1 })
                .Where(c => c.ConversationId.Length > 0)];
        }

        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default with { TrackLineNumbers = true });
        csv.ReadHeader();
        var column = csv.Headers.ToList().FindIndex(h => h.Trim().Equals("conversationId", StringComparison.OrdinalIgnoreCase));
        var ids = new List<ConversationToEnd>();
        while (csv.Read())
            ids.Add(new ConversationToEnd(column < csv.FieldCount ? csv.GetString(column)?.Trim() ?? "" : "") { Line = (int)csv.LineNumber });
        return ids;
    }

    private static IReadOnlyList<ConversationToEnd> Check(IReadOnlyList<ConversationToEnd> ids, string source) =>
        ids.Any(c => c.ConversationId.Length > 0) ? ids : throw new CliInputException($"{source}: no conversation ids found.");
}
