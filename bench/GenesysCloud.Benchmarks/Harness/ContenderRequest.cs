namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// What the parent tells a contender process: which contender, the emulator's limit shape and the scenario's
/// inputs. The emulator's address and credentials travel in GENESYS_* environment variables, never in files.
/// </summary>
public sealed record ContenderRequest(
    string Benchmark,
    string Contender,
    BenchmarkSettings Settings,
    string? GroupId,
    IReadOnlyList<string> Emails,
    int ExpectedCount)
{
    /// <summary>The reference time of a scenario that depends on "now" (conversation ages), so both sides agree on it.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>
    /// The same work on a small org of its own, done first and not measured (see <see cref="BenchmarkSettings.WarmUp"/>);
    /// its emulator's address and credentials are in the GENESYS_WARMUP_* environment variables.
    /// </summary>
    public ContenderRequest? WarmUp { get; init; }
}
