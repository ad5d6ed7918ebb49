using GenesysCloud.Cli.Output;
using Spectre.Console;

namespace GenesysCloud.Cli.Conversations;

/// <summary>Prints a sweep as JSON or as a table.</summary>
public static class StuckConversationsRenderer
{
    private const int MaxRows = 200;

    public static void Write(CliOutput output, StuckConversationsJson sweep)
    {
        if (output.Format == OutputFormat.Json)
        {
            output.WriteJson(sweep);
            return;
        }

        var console = output.Console;
        console.MarkupLine($"[bold]{sweep.Count:N0} conversations[/] without an end, older than {Markup.Escape(sweep.OlderThan)}, "
            + $"started within {Markup.Escape(sweep.Lookback)}; API calls: {sweep.Calls:N0}, {sweep.DurationSeconds:0.0} s");
        if (sweep.Count == 0)
            return;
        var table = new Table().AddColumn("Conversation id").AddColumn("Media").AddColumn("Started (UTC)").AddColumn(new TableColumn("Age").RightAligned())
            .AddColumn("Queue").AddColumn("Agents").AddColumn("Participants");
        foreach (var c in sweep.Conversations.Take(MaxRows))
        {
            table.AddRow(
                Markup.Escape(c.ConversationId), Markup.Escape(c.MediaType), c.StartedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm") ?? "",
                Markup.Escape(c.Age), Markup.Escape(string.Join(", ", c.Queues)), Markup.Escape(string.Join(", ", c.Agents)),
                Markup.Escape(string.Join("; ", c.Participants)));
        }

        console.Write(table);
        if (sweep.Count > MaxRows)
            console.MarkupLine($"[grey]… and {sweep.Count - MaxRows:N0} more (--output json or --save lists every one).[/]");
    }
}
