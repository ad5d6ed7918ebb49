using System.Text.Json;
using Spectre.Console;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>Prints a benchmark result as a table and writes it to <c>bench/results/&lt;benchmark&gt;.json</c>.</summary>
public static class ResultsPresenter
{

    public static void Print(IAnsiConsole console, BenchmarkResult result)
    {
        console.MarkupLine(
            $"[bold]{result.Benchmark}[/]: {result.Users:N0} users, {result.RateLimitPerMinute:N0} requests/min per token, "
            + $"{result.LatencyMs:0.##} ms latency (time scale {result.TimeScale:0.##}); "
            + $"group version read lag {result.VersionLagMs:0.##} ms, conflict rate {result.ConflictRate:0.###}, "
            + $"allowances {Markup.Escape(string.Join(", ", result.EndpointAllowances.Select(a => $"{a.Key} {a.Value}")))}; "
            + $"lower bound [bold]{result.LowerBoundSeconds:0.00} s[/]");
        console.Write(Summary(result));
        console.Write(ByEndpoint(result));
    }

    public static async Task WriteAsync(string path, BenchmarkResult result, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, BenchmarkJson.Options) + Environment.NewLine, ct);
    }

    private static Table Summary(BenchmarkResult result)
    {
        var table = new Table()
            .AddColumn("Contender")
            .AddColumn(new TableColumn("API calls").RightAligned())
            .AddColumn(new TableColumn("Calls vs fewest").RightAligned())
            .AddColumn(new TableColumn("429s").RightAligned())
            .AddColumn(new TableColumn("409s").RightAligned())
            .AddColumn(new TableColumn("Wall s").RightAligned())
            .AddColumn(new TableColumn("Wall / bound").RightAligned())
            .AddColumn(new TableColumn("API span s").RightAligned())
            .AddColumn(new TableColumn("Peak MB").RightAligned())
            .AddColumn("Final state");
        var fewest = result.Contenders.Count == 0 ? 0 : result.Contenders.Min(c => c.Calls);
        foreach (var c in result.Contenders)
        {
            table.AddRow(
                Markup.Escape(c.Name),
                c.Calls.ToString("N0"),
                fewest > 0 ? $"{(double)c.Calls / fewest:0.0}x" : "-",
                c.Http429.ToString("N0"),
                c.Http409.ToString("N0"),
                c.WallSeconds.ToString("0.00"),
                result.LowerBoundSeconds > 0 ? (c.WallSeconds / result.LowerBoundSeconds).ToString("0.00") : "-",
                c.ApiSpanSeconds.ToString("0.00"),
                c.PeakMemoryMb.ToString("0"),
                c.FinalStateCorrect ? "[green]correct[/]" : "[red]WRONG[/]");
        }

        return table;
    }

    private static Table ByEndpoint(BenchmarkResult result)
    {
        var table = new Table().AddColumn("Endpoint");
        foreach (var c in result.Contenders)
            table.AddColumn(new TableColumn(Markup.Escape(c.Name)).RightAligned());
        var endpoints = result.Contenders.SelectMany(c => c.CallsByEndpoint.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            table.AddRow([
                Markup.Escape(endpoint),
                .. result.Contenders.Select(c => c.CallsByEndpoint.GetValueOrDefault(endpoint).ToString("N0")),
            ]);
        }

        return table;
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
