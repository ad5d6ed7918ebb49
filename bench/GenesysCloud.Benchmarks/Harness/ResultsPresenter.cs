using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>Prints a benchmark result as a table and writes it to <c>bench/results/&lt;benchmark&gt;.json</c>.</summary>
public static class ResultsPresenter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Print(IAnsiConsole console, BenchmarkResult result)
    {
        console.MarkupLine(
            $"[bold]{result.Benchmark}[/]: {result.Users:N0} users, {result.RateLimitPerMinute:N0} requests/min per token, "
            + $"{result.LatencyMs:0.##} ms latency (time scale {result.TimeScale:0.##}); "
            + $"lower bound [bold]{result.LowerBoundSeconds:0.00} s[/]");

        var table = new Table()
            .AddColumn("Contender")
            .AddColumn(new TableColumn("API calls").RightAligned())
            .AddColumn(new TableColumn("429s").RightAligned())
            .AddColumn(new TableColumn("Wall s").RightAligned())
            .AddColumn(new TableColumn("Wall / bound").RightAligned())
            .AddColumn(new TableColumn("Peak MB").RightAligned())
            .AddColumn(new TableColumn("Calls ratio").RightAligned())
            .AddColumn("Final state")
            .AddColumn("Calls by endpoint");
        var fewest = result.Contenders.Count == 0 ? 0 : result.Contenders.Min(c => c.Calls);
        foreach (var c in result.Contenders)
        {
            table.AddRow(
                Markup.Escape(c.Name),
                c.Calls.ToString("N0"),
                c.Http429.ToString("N0"),
                c.WallSeconds.ToString("0.00"),
                result.LowerBoundSeconds > 0 ? (c.WallSeconds / result.LowerBoundSeconds).ToString("0.00") : "-",
                c.PeakMemoryMb.ToString("0"),
                fewest > 0 ? $"{(double)c.Calls / fewest:0.0}x" : "-",
                c.FinalStateCorrect ? "[green]correct[/]" : "[red]WRONG[/]",
                Markup.Escape(string.Join(Environment.NewLine, c.CallsByEndpoint.Select(e => $"{e.Value,6:N0}  {e.Key}"))));
        }

        console.Write(table);
    }

    public static async Task<string> WriteAsync(string resultsDirectory, BenchmarkResult result, CancellationToken ct)
    {
        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, $"{result.Benchmark}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, JsonOptions) + Environment.NewLine, ct);
        return path;
    }

    /// <summary><c>bench/results</c> of the repository this runs in, found by walking up to the solution file.</summary>
    public static string DefaultResultsDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GenesysCloudUtilities.slnx")))
                return Path.Combine(dir.FullName, "bench", "results");
        }

        return Path.Combine(Environment.CurrentDirectory, "bench", "results");
    }
}
