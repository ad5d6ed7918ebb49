using GenesysCloud.Utilities;
using GenesysCloud.Utilities.Jobs;
using Spectre.Console;

namespace GenesysCloud.Cli.Output;

/// <summary>Prints reports as JSON or as tables. Tables list problem items first and cap the rows.</summary>
public static class ReportRenderer
{
    private const int MaxItemRows = 100;

    public static void Write(CliOutput output, JobReportJson report)
    {
        if (output.Format == OutputFormat.Json)
        {
            output.WriteJson(report);
            return;
        }

        var console = output.Console;
        var title = report.DryRun ? "Plan (dry run, nothing changed)" : $"Job {report.Status}";
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]: {Markup.Escape(report.Operation)} "
            + $"{Markup.Escape(report.Target.Kind)} '{Markup.Escape(report.Target.Name)}' ({Markup.Escape(report.Target.Id)})");
        console.MarkupLine($"Job id: [bold]{Markup.Escape(report.JobId)}[/]"
            + (report.UndoOfJobId is null ? "" : $"  (undoes {Markup.Escape(report.UndoOfJobId)})"));

        var summary = new Table().AddColumn("Items").AddColumn(new TableColumn("Count").RightAligned());
        var s = report.Summary;
        summary.AddRow("requested", s.Items.ToString("N0"));
        summary.AddRow("will change", s.WillChange.ToString("N0"));
        summary.AddRow("already done", s.AlreadyDone.ToString("N0"));
        summary.AddRow("not found", s.NotFound.ToString("N0"));
        summary.AddRow("duplicate", s.Duplicate.ToString("N0"));
        summary.AddRow("invalid", s.Invalid.ToString("N0"));
        if (s.CannotChangeHere > 0)
            summary.AddRow("cannot change here", s.CannotChangeHere.ToString("N0"));
        if (!report.DryRun)
        {
            summary.AddRow("applied", s.Applied.ToString("N0"));
            summary.AddRow("failed", s.Failed.ToString("N0"));
            summary.AddRow("unfinished", s.Unfinished.ToString("N0"));
        }

        console.Write(summary);
        var duration = report.DurationSeconds is { } d ? $", {d:0.0} s" : "";
        var calls = report.DryRun ? "API calls to plan" : "API calls of the job";
        console.MarkupLine($"Resolution: {Markup.Escape(report.Resolution)}; {calls}: {report.Calls:N0}; 429s: {report.Http429:N0}{duration}");
        if (report.DryRun)
            WriteItems(console, report.Items, withStatus: false);
        else if (report.People is { } people)
            WritePeople(console, people, report.Items.Count);
        else
            WriteItems(console, [.. report.Items.Where(NeedsAttention)], withStatus: true);
    }

    public static void Write(CliOutput output, JobListJson list)
    {
        if (output.Format == OutputFormat.Json)
        {
            output.WriteJson(list);
            return;
        }

        if (list.Jobs.Count == 0)
        {
            output.Console.WriteLine("No jobs in the journal.");
            return;
        }

        var table = new Table()
            .AddColumn(new TableColumn("Job id").NoWrap()).AddColumn(new TableColumn("Created (UTC)").NoWrap()).AddColumn("Operation").AddColumn("Target")
            .AddColumn("Status").AddColumn(new TableColumn("Items").RightAligned())
            .AddColumn(new TableColumn("Applied").RightAligned().NoWrap()).AddColumn(new TableColumn("Failed").RightAligned())
            .AddColumn(new TableColumn("Unfinished").RightAligned()).AddColumn("By");
        foreach (var job in list.Jobs)
        {
            table.AddRow(
                Markup.Escape(job.Id),
                job.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"),
                Markup.Escape(job.Operation) + (job.UndoOfJobId is null ? "" : " (undo)"),
                Markup.Escape($"{job.Target.Kind} '{job.Target.Name}'"),
                Markup.Escape(job.Status),
                job.Items.ToString("N0"),
                job.People is { } people ? $"{people.Applied:N0} of {JobPeople.Of(people.Changing)}" : job.Applied.ToString("N0"),
                job.People is { } failed ? JobPeople.Of(failed.Failed) : job.Failed.ToString("N0"),
                job.Unfinished.ToString("N0"),
                Markup.Escape(job.RequestedBy ?? ""));
        }

        output.Console.Write(table);
    }

    /// <summary>
    /// A job read per person (a skills copy): one row per person with what their changes do and how they ended, failures
    /// first; the summary above counts the items.
    /// </summary>
    private static void WritePeople(IAnsiConsole console, IReadOnlyList<PersonJson> people, int items)
    {
        console.MarkupLine($"{JobPeople.Of(people.Count)} for {Plural.Of(items, "item")}, one row each (--output json lists every item):");
        var ordered = people.OrderBy(Rank).ThenBy(p => p.Line ?? int.MaxValue).ToList();
        var table = new Table()
            .AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Person").AddColumn("User").AddColumn("State")
            .AddColumn("What changed").AddColumn("Failure reason");
        foreach (var person in ordered.Take(MaxItemRows))
        {
            table.AddRow(
                person.Line?.ToString("N0") ?? "picked",
                Markup.Escape(person.Identifier),
                Markup.Escape(person.UserName ?? person.UserId ?? ""),
                Markup.Escape(person.State),
                Markup.Escape(person.Note ?? ""),
                Markup.Escape(person.Error ?? ""));
        }

        console.Write(table);
        if (ordered.Count > MaxItemRows)
            console.MarkupLine($"[grey]… and {ordered.Count - MaxItemRows:N0} more people (--output json lists every person and item).[/]");
    }

    /// <summary>Failed people first, then those not finished, then those not found or not changeable, then the rest.</summary>
    private static int Rank(PersonJson person) => person.State switch
    {
        "failed" => 0,
        "unknown" or "notApplied" => 1,
        "notFound" or "invalid" or "cannotChangeHere" => 2,
        _ => 3,
    };

    /// <summary>A plan has no run status yet, so a dry run's table leaves the Status column out.</summary>
    private static void WriteItems(IAnsiConsole console, IReadOnlyList<ItemJson> items, bool withStatus)
    {
        if (items.Count == 0)
            return;
        var ordered = items.OrderBy(Rank).ThenBy(i => i.Index).ToList();
        var table = new Table()
            .AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Identifier").AddColumn("User").AddColumn("Action");
        if (withStatus)
            table.AddColumn("Status");
        table.AddColumn("Note / error");
        foreach (var item in ordered.Take(MaxItemRows))
        {
            List<string> cells =
            [
                item.Line?.ToString("N0") ?? $"#{item.Index + 1:N0}",
                Markup.Escape(item.Identifier),
                Markup.Escape(item.UserName ?? item.UserId ?? ""),
                Markup.Escape(item.Action),
            ];
            if (withStatus)
                cells.Add(Markup.Escape(item.Status ?? ""));
            cells.Add(Markup.Escape(item.Error ?? item.Note ?? ""));
            table.AddRow([.. cells]);
        }

        console.Write(table);
        if (ordered.Count > MaxItemRows)
            console.MarkupLine($"[grey]… and {ordered.Count - MaxItemRows:N0} more items (--output json lists every item).[/]");
    }

    /// <summary>After a run, the table lists only what was not done as asked; the summary counts the rest.</summary>
    private static bool NeedsAttention(ItemJson item) => Rank(item) < 3;

    /// <summary>Failures first, then what was not done, then the rest.</summary>
    private static int Rank(ItemJson item) => (item.Status, item.Action) switch
    {
        ("failed", _) => 0,
        ("pending" or "inFlight", _) => 1,
        (_, "notFound" or "invalid" or "cannotChangeHere") => 2,
        (_, "duplicate") => 3,
        _ => 4,
    };
}
