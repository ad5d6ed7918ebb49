using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>One participant of a conversation (customer, acd, agent …).</summary>
public sealed record ConversationParticipant
{
    /// <summary>Participant id.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>customer, external, acd, agent, ivr, user, workflow …</summary>
    public string? Purpose { get; init; }

    /// <summary>The user of an agent/user participant.</summary>
    public string? UserId { get; init; }

    /// <summary>The queue the participant came through.</summary>
    public string? QueueId { get; init; }

    /// <summary>That queue's name.</summary>
    public string? QueueName { get; init; }

    /// <summary>When the participant joined.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When the participant left; null while connected.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
