namespace GenesysCloud.Benchmarks.Harness;

/// <summary>A named way of doing a benchmark's work against one emulator; its outcome is verified afterwards.</summary>
public sealed record Contender<TScenario, TOutcome>(
    string Name, Func<BenchmarkTarget, TScenario, CancellationToken, Task<TOutcome>> RunAsync);
