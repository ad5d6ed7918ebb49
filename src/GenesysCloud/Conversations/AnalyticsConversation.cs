using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A conversation's analytics details (<c>/api/v2/analytics/conversations/…/details</c>).</summary>
public sealed record AnalyticsConversation
{
    /// <summary>Conversation id.</summary>
    public string ConversationId { get; init; } = "";

    /// <summary>Start time.</summary>
    public DateTimeOffset? ConversationStart { get; init; }

    /// <summary>End time; null while active.</summary>
    public DateTimeOffset? ConversationEnd { get; init; }

    /// <summary>inbound or outbound.</summary>
    public string? OriginatingDirection { get; init; }

    /// <summary>Divisions the conversation belongs to.</summary>
    public IReadOnlyList<string>? DivisionIds { get; init; }

    /// <summary>Participants with sessions, segments and metrics, as returned.</summary>
    public IReadOnlyList<JsonElement>? Participants { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
