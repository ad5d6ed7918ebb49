using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A routing skill (<c>/api/v2/routing/skills</c>).</summary>
public sealed record Skill
{
    /// <summary>Skill id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Skill name.</summary>
    public string? Name { get; init; }

    /// <summary>active, inactive or deleted.</summary>
    public string? State { get; init; }

    /// <summary>Last modification time.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>API URI of the skill.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
