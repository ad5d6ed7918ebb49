using System.Text.Json;

namespace GenesysCloud.Http;

/// <summary>
/// Retries a write the API refused as a conflict — a stale group version (409, 408, or a 400 saying it "does not
/// match the current version") or a 409 on a skills bulk patch or member delete — with linear backoff and jitter,
/// until <see cref="GenesysApiOptions.ConflictRetryBudget"/> is spent. Each attempt runs the whole callback again,
/// so it can re-read what it needs (a group's version) first. Transient HTTP failures are the pipeline's business.
/// </summary>
internal sealed class ConflictRetry(GenesysApiOptions options, TimeProvider time)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);
    private readonly BudgetedRetry _retry = new(IsConflict, retry => Jittered(options.ConflictBaseDelay, retry + 1), () => options.ConflictRetryBudget, time);

    /// <summary>True for the answers Genesys gives a write that lost a race with another write.</summary>
    public static bool IsConflict(ApiResponse<JsonElement> response) => response.IsConflict;

    public async Task<ApiResponse<JsonElement>> ExecuteAsync(Func<CancellationToken, Task<ApiResponse<JsonElement>>> attempt, CancellationToken ct) =>
        (await _retry.ExecuteAsync(attempt, ct).ConfigureAwait(false)).Answer;

    /// <summary>About n × base, jittered ±50 % so that writers racing for one group drift apart.</summary>
    private static TimeSpan Jittered(TimeSpan baseDelay, int retry)
    {
        var linear = Math.Min(baseDelay.TotalMilliseconds * retry, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(linear * (0.5 + Random.Shared.NextDouble()));
    }
}
