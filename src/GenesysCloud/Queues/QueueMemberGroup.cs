using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>One of a queue's <c>memberGroups</c>: a group, team or skill group whose people are members of the queue.</summary>
public sealed record QueueMemberGroup
{
    /// <summary>Group, team or skill group id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its name, when the API gives it.</summary>
    public string? Name { get; init; }

    /// <summary>GROUP, TEAM or SKILLGROUP.</summary>
    public string? Type { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
