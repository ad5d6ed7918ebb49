namespace GenesysCloud.Benchmarks.Harness;

/// <summary>What a contender's work produced: success, and for listings how many ids and their digest.</summary>
public sealed record ContenderOutcome(bool Succeeded, int Listed = 0, string? Digest = null);
