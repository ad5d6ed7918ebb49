using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A conversation (<c>/api/v2/conversations/{id}</c>).</summary>
public sealed record Conversation
{
    /// <summary>Conversation id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name, when set.</summary>
    public string? Name { get; init; }

    /// <summary>Start time.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>End time; null while the conversation is active.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Address (e.g. the dialled number).</summary>
    public string? Address { get; init; }

    /// <summary>Conversation state, when reported.</summary>
    public string? State { get; init; }

    /// <summary>Participants.</summary>
    public IReadOnlyList<ConversationParticipant>? Participants { get; init; }

    /// <summary>API URI of the conversation.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }

    /// <summary>True once the conversation has an end time.</summary>
    [JsonIgnore]
    public bool IsEnded => EndTime is not null;
}
