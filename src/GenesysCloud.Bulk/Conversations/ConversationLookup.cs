namespace GenesysCloud.Bulk.Conversations;

/// <summary>One conversation looked up: the live conversation and its analytics details (either may have failed).</summary>
/// <param name="ConversationId">The id looked up.</param>
/// <param name="Conversation">GET /conversations/{id}.</param>
/// <param name="Details">GET /analytics/conversations/{id}/details.</param>
public sealed record ConversationLookup(string ConversationId, ApiResponse<Conversation> Conversation, ApiResponse<AnalyticsConversation> Details)
{
    /// <summary>True when neither call found the conversation.</summary>
    public bool NotFound => Conversation.StatusCode == 404 && Details.StatusCode == 404;
}
