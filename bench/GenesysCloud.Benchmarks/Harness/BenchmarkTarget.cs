using GenesysCloud.Emulator;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>What a contender gets: a fresh emulator and how to connect to it.</summary>
public sealed record BenchmarkTarget(GenesysEmulator Emulator, GenesysConfig Config, GenesysApiOptions ApiOptions);
