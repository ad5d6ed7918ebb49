using System.Text.Json.Serialization;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>What a contender's work produced: success, and for listings how many ids and their digest.</summary>
public sealed record ContenderOutcome(bool Succeeded, int Listed = 0, string? Digest = null)
{
    /// <summary>Puts the org back as it was before the work, so a warm-up can do the same work again; null when it cannot.</summary>
    [JsonIgnore]
    public Func<CancellationToken, Task>? UndoAsync { get; init; }
}
