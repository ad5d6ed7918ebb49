namespace GenesysCloud.Bulk;

/// <summary>Settings of a <see cref="BulkEngine"/>. Retries are the SDK's (<see cref="GenesysApiOptions"/>); the engine adds none.</summary>
public sealed class BulkEngineOptions
{
    /// <summary>Batches sent at the same time for targets that allow it (queues, per-user skills); default 8.
    /// Group changes are sent one batch at a time because each needs the group's current version.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>How long a running job's lease lasts unless renewed (it is renewed every third of that); default 30 s.
    /// Another process can take over a job whose process died this long after its last renewal.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a job that another process holds before refusing it; default zero (refuse at once).</summary>
    public TimeSpan LeaseWait { get; set; } = TimeSpan.Zero;

    /// <summary>Who this engine's leases name as the holder; default this host and process.</summary>
    public string LeaseHolder { get; set; } = $"{Environment.MachineName} (pid {Environment.ProcessId})";

    /// <summary>Settings of conversation-ending jobs (<see cref="BulkOperation.EndConversation"/>).</summary>
    public Conversations.ConversationEndOptions ConversationEnding { get; set; } = new();

    /// <summary>
    /// Waits before each re-read that confirms an asynchronous change (queue join/unjoin) took effect; an item not
    /// in effect after the last re-read is reported failed, never applied. Default 1, 2, 4 and 8 s.
    /// </summary>
    public IReadOnlyList<TimeSpan> EffectCheckDelays { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];
}
