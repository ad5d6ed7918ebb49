namespace GenesysCloud.Bulk.Conversations;

/// <summary>A conversation picked to be ended.</summary>
/// <param name="ConversationId">The conversation id.</param>
/// <param name="Description">What the report shows beside the id (media type, queue, age); optional.</param>
public sealed record ConversationToEnd(string ConversationId, string? Description = null)
{
    /// <summary>The 1-based line of the file the id came from, journaled with its item; null for picked or found conversations.</summary>
    public int? Line { get; init; }
}
