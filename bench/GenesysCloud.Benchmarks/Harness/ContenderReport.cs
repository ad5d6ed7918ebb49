namespace GenesysCloud.Benchmarks.Harness;

/// <summary>A contender process's measurements, written for the parent to read.</summary>
public sealed record ContenderReport(ContenderOutcome Outcome, double WallSeconds, double PeakMemoryMb);
