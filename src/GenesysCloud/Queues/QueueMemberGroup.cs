using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A group, team or skill group whose people are members of a queue (<c>memberGroups</c> of a queue).</summary>
public sealed record QueueMemberGroup
{
    /// <summary>Id of the group, team or skill group.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its name.</summary>
    public string? Name { get; init; }

    /// <summary>GROUP, TEAM or SKILLGROUP.</summary>
    public string? Type { get; init; }

    /// <summary>How many people it brings, when given.</summary>
    public int? MemberCount { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
