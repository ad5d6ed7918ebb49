using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A member of a routing queue (<c>/api/v2/routing/queues/{id}/members</c>).</summary>
public sealed record QueueMember
{
    /// <summary>Member (user) id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Member name.</summary>
    public string? Name { get; init; }

    /// <summary>The user, when expanded.</summary>
    public User? User { get; init; }

    /// <summary>Ring number (bullseye).</summary>
    public int? RingNumber { get; init; }

    /// <summary>Whether the member is joined to the queue.</summary>
    public bool? Joined { get; init; }

    /// <summary>user or group: how the member belongs to the queue.</summary>
    public string? MemberBy { get; init; }

    /// <summary>Routing status, when expanded.</summary>
    public JsonElement? RoutingStatus { get; init; }

    /// <summary>API URI of the member.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
