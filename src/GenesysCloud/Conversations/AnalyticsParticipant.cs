using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>One participant of an analytics conversation (customer, acd, agent, ivr …).</summary>
public sealed record AnalyticsParticipant
{
    /// <summary>Participant id.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>Display name (the customer's name, the queue's name, the agent's name).</summary>
    public string? ParticipantName { get; init; }

    /// <summary>customer, external, acd, agent, ivr, user, workflow …</summary>
    public string? Purpose { get; init; }

    /// <summary>The user of an agent/user participant.</summary>
    public string? UserId { get; init; }

    /// <summary>Media sessions of the participant.</summary>
    public IReadOnlyList<AnalyticsSession>? Sessions { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
