namespace GenesysCloud.Benchmarks.Harness;

/// <summary>
/// Calls that do not depend on each other (one endpoint key per call, "METHOD /route/template"), run
/// after every call of the stage before has answered, with at most <see cref="Concurrency"/> in flight.
/// </summary>
public sealed record BoundStage(IReadOnlyList<string> Calls, int Concurrency)
{
    /// <summary>One call that must wait for the previous stage and holds up the next one.</summary>
    public static BoundStage Single(string endpoint) => new([endpoint], 1);

    /// <summary><paramref name="count"/> independent calls to one endpoint.</summary>
    public static BoundStage Of(string endpoint, int count, int concurrency) => new([.. Enumerable.Repeat(endpoint, count)], concurrency);
}
