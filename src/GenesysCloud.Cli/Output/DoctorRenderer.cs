using GenesysCloud.Diagnostics;
using Spectre.Console;

namespace GenesysCloud.Cli.Output;

/// <summary>Prints the org probes as one table (check, result, observed, what it means) or as JSON.</summary>
public static class DoctorRenderer
{
    public static void Write(CliOutput output, OrgCheckReport report)
    {
        var json = DoctorJson.From(report);
        if (output.Format == OutputFormat.Json)
        {
            output.WriteJson(json);
            return;
        }

        var table = new Table().Expand()
            .AddColumn("Check").AddColumn("Result").AddColumn("Observed").AddColumn("What it means");
        foreach (var result in report.Results)
            table.AddRow(Markup.Escape(result.Name), Badge(result.Status), Markup.Escape(result.Observed), Markup.Escape(result.Meaning));
        output.Console.Write(table);
        var c = json.Counts;
        output.Console.MarkupLine(
            $"{(report.HasFailures ? "[red]Some checks failed.[/]" : "[green]No check failed.[/]")} " +
            $"{c.Pass} passed, {c.Warn} warnings, {c.Fail} failed, {c.Skip} skipped; {report.Calls:N0} API calls, nothing changed.");
    }

    private static string Badge(ProbeStatus status) => status switch
    {
        ProbeStatus.Pass => "[green]pass[/]",
        ProbeStatus.Warn => "[yellow]warn[/]",
        ProbeStatus.Fail => "[red]FAIL[/]",
        _ => "[grey]skip[/]",
    };
}
