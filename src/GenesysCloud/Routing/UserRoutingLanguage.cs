using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A routing language assigned to a user with a proficiency (<c>/api/v2/users/{id}/routinglanguages</c>).</summary>
public sealed record UserRoutingLanguage
{
    /// <summary>Language id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Language name.</summary>
    public string? Name { get; init; }

    /// <summary>Proficiency, 0–5 (the service keeps whole numbers).</summary>
    public double? Proficiency { get; init; }

    /// <summary>active, inactive or deleted.</summary>
    public string? State { get; init; }

    /// <summary>API URI of the org language.</summary>
    public string? LanguageUri { get; init; }

    /// <summary>API URI of the assignment.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
