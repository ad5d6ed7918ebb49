namespace GenesysCloud.Bulk.Conversations;

/// <summary>How a conversation-ending job runs.</summary>
public sealed class ConversationEndOptions
{
    /// <summary>Conversations handled at the same time; default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// Wait after the last disconnect before re-reading the ended conversations (the API accepts a disconnect with
    /// 202 and tears the conversation down afterwards); default 2 s.
    /// </summary>
    public TimeSpan VerifyDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Re-reads of a conversation that still has no end after its disconnect was accepted; default 3.</summary>
    public int VerifyAttempts { get; set; } = 3;
}
