namespace GenesysCloud.Benchmarks.Harness;

/// <summary>A named way of doing a benchmark's work against the emulator a request points to.</summary>
public sealed record Contender(
    string Benchmark, string Name, Func<GenesysConfig, GenesysApiOptions, ContenderRequest, CancellationToken, Task<ContenderOutcome>> RunAsync);
