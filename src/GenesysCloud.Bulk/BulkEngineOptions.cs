namespace GenesysCloud.Bulk;

/// <summary>Settings of a <see cref="BulkEngine"/>. Retries are the SDK's (<see cref="GenesysApiOptions"/>); the engine adds none.</summary>
public sealed class BulkEngineOptions
{
    /// <summary>Batches sent at the same time for targets that allow it (queues, per-user skills); default 8.
    /// Group changes are sent one batch at a time because each needs the group's current version.</summary>
    public int MaxConcurrency { get; set; } = 8;
}
