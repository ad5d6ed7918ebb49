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

    /// <summary>End time; null while the conversation has not ended (or analytics has not seen it end).</summary>
    public DateTimeOffset? ConversationEnd { get; init; }

    /// <summary>inbound or outbound.</summary>
    public string? OriginatingDirection { get; init; }

    /// <summary>Divisions the conversation belongs to.</summary>
    public IReadOnlyList<string>? DivisionIds { get; init; }

    /// <summary>Participants with their sessions and segments.</summary>
    public IReadOnlyList<AnalyticsParticipant>? Participants { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }

    /// <summary>The media type of the first session (voice, chat, email, message, callback …).</summary>
    [JsonIgnore]
    public string? MediaType => Sessions.Select(s => s.MediaType).FirstOrDefault(m => m is not null);

    /// <summary>Queues the conversation passed through, in order of appearance.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> QueueIds =>
        [.. Sessions.SelectMany(s => s.Segments ?? []).Select(s => s.QueueId).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Users (agents) who took part.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> UserIds =>
        [.. (Participants ?? []).Select(p => p.UserId).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>How long the conversation has been going at <paramref name="now"/> (to its end when it ended).</summary>
    public TimeSpan? Age(DateTimeOffset now) => ConversationStart is { } start ? (ConversationEnd ?? now) - start : null;

    private IEnumerable<AnalyticsSession> Sessions => (Participants ?? []).SelectMany(p => p.Sessions ?? []);
}
