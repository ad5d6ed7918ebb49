using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A reference to another entity (division, manager, user …).</summary>
public sealed record EntityRef
{
    /// <summary>Entity id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name, when given.</summary>
    public string? Name { get; init; }

    /// <summary>API URI of the entity.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
