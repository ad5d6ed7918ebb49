using GenesysCloud.Emulator.Hosting;
using GenesysCloud.Emulator.Org;
using GenesysCloud.Emulator.Wire;

namespace GenesysCloud.Emulator.Apis;

internal static class ConversationsApi
{
    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var conversations = app.MapGroup("/api/v2/conversations");
        conversations.MapGet("/{conversationId}", Get);
        conversations.MapPost("/{conversationId}/disconnect", Disconnect);
        return app;
    }

    private static IResult Get(EmulatorState org, string conversationId) =>
        org.FindConversation(conversationId) is { } conversation
            ? TypedResults.Ok(ConversationViews.ToConversation(conversation, org))
            : NotFound(conversationId);

    /// <summary>202 with an empty body; 400 when the conversation has already ended.</summary>
    private static IResult Disconnect(EmulatorState org, string conversationId) => org.Disconnect(conversationId) switch
    {
        DisconnectOutcome.Disconnected => TypedResults.Accepted((string?)null),
        DisconnectOutcome.AlreadyEnded => ApiError.BadRequest($"Conversation {conversationId} has already ended."),
        _ => NotFound(conversationId),
    };

    private static ApiError NotFound(string conversationId) => ApiError.NotFound($"Conversation {conversationId} was not found.");
}
