using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>Runs every contender of a benchmark on its own emulator with the same scenario, and collects the result.</summary>
public static class ScenarioRuns
{
    public static async Task<BenchmarkResult> RunAsync<TScenario>(
        string benchmark,
        BenchmarkSettings settings,
        int users,
        IReadOnlyList<Contender> contenders,
        Func<GenesysEmulator, TScenario> prepare,
        Func<TScenario, ContenderRequest> request,
        Func<TScenario, int> minimalCalls,
        Func<GenesysEmulator, TScenario, ContenderOutcome, bool> verify,
        CancellationToken ct,
        Func<GenesysEmulator, TScenario>? prepareWarmUp = null,
        Func<TScenario, IReadOnlyList<BoundStage>>? boundStages = null)
        where TScenario : class
    {
        var results = new List<ContenderResult>();
        TScenario? last = null;
        foreach (var contender in contenders)
        {
            results.Add(await ContenderRunner.RunAsync(settings, contender.Name, emulator => last = prepare(emulator), request, verify, ct,
                prepareWarmUp: prepareWarmUp));
        }

        var bound = last is null ? 0 : boundStages is null ? settings.LowerBoundSeconds(minimalCalls(last)) : settings.LowerBoundSeconds(boundStages(last));
        return new BenchmarkResult(benchmark, users, settings.EffectiveRequestsPerMinute, settings.EffectiveLatencyMs,
            Math.Round(bound, 3), settings.TimeScale, results).WithHardnessOf(settings);
    }
}
