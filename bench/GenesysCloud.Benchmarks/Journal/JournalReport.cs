using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace GenesysCloud.Benchmarks.Journal;

/// <summary>Prints the journal runs as a table and writes them as JSON.</summary>
public static class JournalReport
{
    public static void Print(IAnsiConsole console, IReadOnlyList<JournalRun> runs)
    {
        var table = new Table().AddColumns(
            "journal", "items", "API calls", "job wall", "store job", "item writes", "other", "journal calls", "journal total", "ms / 1,000 items", "share of wall", "final state");
        foreach (var run in runs)
        {
            table.AddRow(
                run.Journal, $"{run.Items:N0}", $"{run.ApiCalls:N0}", Seconds(run.Wall), Ms(run.Create), Ms(run.ItemWrites), Ms(run.Other),
                $"{run.JournalCalls:N0}", Ms(run.JournalTotal), run.MsPerThousandItems.ToString("N1", CultureInfo.InvariantCulture),
                run.ShareOfWall.ToString("P1", CultureInfo.InvariantCulture), run.FinalStateCorrect ? "correct" : "[red]WRONG[/]");
        }

        console.Write(table);
    }

    public static async Task WriteAsync(string path, int rateLimit, int latencyMs, IReadOnlyList<JournalRun> runs, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new
        {
            benchmark = JournalBenchmark.Name,
            rateLimitPerMinute = rateLimit,
            latencyMs,
            runs = runs.Select(r => new
            {
                journal = r.Journal,
                items = r.Items,
                apiCalls = r.ApiCalls,
                wallSeconds = Math.Round(r.Wall.TotalSeconds, 3),
                storeJobMs = Math.Round(r.Create.TotalMilliseconds, 1),
                itemWritesMs = Math.Round(r.ItemWrites.TotalMilliseconds, 1),
                otherMs = Math.Round(r.Other.TotalMilliseconds, 1),
                journalCalls = r.JournalCalls,
                journalMs = Math.Round(r.JournalTotal.TotalMilliseconds, 1),
                msPerThousandItems = Math.Round(r.MsPerThousandItems, 1),
                shareOfWall = Math.Round(r.ShareOfWall, 4),
                finalStateCorrect = r.FinalStateCorrect,
            }),
        }, new JsonSerializerOptions { WriteIndented = true }, ct);
    }

    private static string Seconds(TimeSpan value) => $"{value.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture)} s";

    private static string Ms(TimeSpan value) => $"{value.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms";
}
