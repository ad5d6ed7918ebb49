using System.Diagnostics;
using System.Text.Json;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// The contender side: runs one contender in this process, so that its peak memory (the process's peak
/// working set) is its own and not the emulator's, and writes the measurements for the parent.
/// </summary>
public static class ContenderHost
{
    public const string WarmUpClientIdVariable = "GENESYS_WARMUP_CLIENT_ID";
    public const string WarmUpClientSecretVariable = "GENESYS_WARMUP_CLIENT_SECRET";
    public const string WarmUpUrlVariable = "GENESYS_WARMUP_URL";

    /// <summary>
    /// Times a warm-up does its work (undone after each time). The runtime compiles a method's optimized code only after it has
    /// been called often enough, in two steps (profiling, then optimized): after one round, about 450 methods were still being
    /// compiled during the measured queue-membership run (0.2–0.3 s of CPU on 2 cores); after six, 60–170, and the contender
    /// used 0.36–0.42 s of CPU instead of 0.77–0.84 (3 runs each), as a web app that has run such jobs before would.
    /// </summary>
    public const int WarmUpRounds = 6;

    public static async Task<int> RunAsync(string requestPath, string reportPath, IReadOnlyList<Contender> contenders, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<ContenderRequest>(await File.ReadAllTextAsync(requestPath, ct), BenchmarkJson.Options)
            ?? throw new InvalidDataException($"{requestPath} holds no contender request.");
        var contender = contenders.Single(c => c.Benchmark == request.Benchmark && c.Name == request.Contender);
        var config = GenesysConfig.Load(configPath: "")
            ?? throw new InvalidOperationException("GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET must be set by the parent.");

        if (request.WarmUp is { } warmUp)
        {
            for (var round = 1; round <= WarmUpRounds; round++)
            {
                var done = await contender.RunAsync(WarmUpConfig(), request.Settings.CreateApiOptions(), warmUp, ct);
                if (done.UndoAsync is not { } undo) break;
                await undo(ct);
            }

            await JitSettling.WaitAsync(ct);
        }

        var clock = Stopwatch.StartNew();
        ContenderOutcome outcome;
        try
        {
            outcome = await contender.RunAsync(config, request.Settings.CreateApiOptions(), request, ct);
            clock.Stop();
        }
        finally
        {
            ContenderScratch.Delete();
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var report = new ContenderReport(outcome, clock.Elapsed.TotalSeconds, self.PeakWorkingSet64 / (1024.0 * 1024.0));
        await File.WriteAllTextAsync(reportPath, JsonSerializer.Serialize(report, BenchmarkJson.Options), ct);
        return 0;
    }

    private static GenesysConfig WarmUpConfig()
    {
        string Required(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} must be set by the parent.");
        var url = new Uri(Required(WarmUpUrlVariable));
        return new GenesysConfig(Required(WarmUpClientIdVariable), Required(WarmUpClientSecretVariable)) { ApiBaseUrl = url, AuthBaseUrl = url };
    }
}
