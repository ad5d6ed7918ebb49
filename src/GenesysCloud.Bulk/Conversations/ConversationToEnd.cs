namespace GenesysCloud.Bulk.Conversations;

/// <summary>A conversation picked to be ended.</summary>
/// <param name="ConversationId">The conversation id.</param>
/// <param name="Description">What the report shows beside the id (media type, queue, age); optional.</param>
public sealed record ConversationToEnd(string ConversationId, string? Description = null);
