namespace GenesysCloud.Bulk;

/// <summary>Settings of a <see cref="BulkEngine"/>.</summary>
public sealed class BulkEngineOptions
{
    /// <summary>Batches sent at the same time for targets that allow it (queues, per-user skills); default 8.
    /// Group changes are sent one batch at a time because each needs the group's current version.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Attempts per call for transient failures the SDK leaves to the caller (500, lost connections, failed re-authentication); default 5.</summary>
    public int MaxCallAttempts { get; set; } = 5;

    /// <summary>First wait between batch attempts, doubled each time; default 250 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Waits before each re-read that confirms an asynchronous change (queue join/unjoin) took effect; an item not
    /// in effect after the last re-read is reported failed, never applied. Default 1, 2, 4 and 8 s.
    /// </summary>
    public IReadOnlyList<TimeSpan> EffectCheckDelays { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];
}
