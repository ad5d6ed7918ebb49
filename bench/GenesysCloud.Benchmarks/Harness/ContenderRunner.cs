using System.Diagnostics;
using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// Runs one contender on its own freshly seeded emulator and measures it: API calls from the emulator's
/// request log (token requests excluded), 429s, wall time, the process's peak working set, and whether
/// the emulator's final state is exactly what the scenario asked for.
/// </summary>
public static class ContenderRunner
{
    public static async Task<ContenderResult> RunAsync<TScenario, TOutcome>(
        BenchmarkSettings settings,
        Contender<TScenario, TOutcome> contender,
        Func<GenesysEmulator, TScenario> prepare,
        Func<GenesysEmulator, TScenario, TOutcome, bool> verify,
        CancellationToken ct)
    {
        await using var emulator = await GenesysEmulator.StartAsync(settings.CreateEmulatorOptions(), ct);
        var scenario = prepare(emulator);
        var config = new GenesysConfig(emulator.ClientId, emulator.ClientSecret)
        {
            ApiBaseUrl = emulator.BaseUrl,
            AuthBaseUrl = emulator.BaseUrl,
        };
        var target = new BenchmarkTarget(emulator, config, settings.CreateApiOptions());

        emulator.Requests.Clear();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();

        var clock = Stopwatch.StartNew();
        double peakMb;
        TOutcome outcome;
        await using (var memory = new MemorySampler())
        {
            outcome = await contender.RunAsync(target, scenario, ct);
            clock.Stop();
            peakMb = memory.PeakMegabytes;
        }

        var byEndpoint = ApiCallsByEndpoint(emulator.Requests.CountsByEndpoint());
        return new ContenderResult(
            contender.Name,
            byEndpoint.Values.Sum(),
            byEndpoint,
            emulator.Requests.Count429,
            Math.Round(clock.Elapsed.TotalSeconds, 3),
            Math.Round(peakMb, 1),
            verify(emulator, scenario, outcome));
    }

    private static SortedDictionary<string, int> ApiCallsByEndpoint(IReadOnlyDictionary<string, int> counts)
    {
        var apiOnly = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (endpoint, count) in counts)
        {
            if (endpoint.Contains(" /api/", StringComparison.Ordinal))
                apiOnly[endpoint] = count;
        }

        return apiOnly;
    }
}
