namespace GenesysCloud.Benchmarks.Harness;

/// <summary>One contender's measured run; property names are the results file's JSON keys.</summary>
public sealed record ContenderResult(
    string Name,
    int Calls,
    IReadOnlyDictionary<string, int> CallsByEndpoint,
    int Http429,
    int Http409,
    double WallSeconds,
    double ApiSpanSeconds,
    double PeakMemoryMb,
    bool FinalStateCorrect);
