using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A Genesys Cloud user (<c>/api/v2/users</c>).</summary>
public sealed record User
{
    /// <summary>User id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Full name.</summary>
    public string? Name { get; init; }

    /// <summary>Work email.</summary>
    public string? Email { get; init; }

    /// <summary>Login name (usually the email).</summary>
    public string? Username { get; init; }

    /// <summary>Department.</summary>
    public string? Department { get; init; }

    /// <summary>Job title.</summary>
    public string? Title { get; init; }

    /// <summary>active, inactive or deleted.</summary>
    public string? State { get; init; }

    /// <summary>Version; required and must be current on PATCH.</summary>
    public int? Version { get; init; }

    /// <summary>The user's division.</summary>
    public EntityRef? Division { get; init; }

    /// <summary>The user's manager.</summary>
    public EntityRef? Manager { get; init; }

    /// <summary>Routing skills, when asked for with <c>expand=skills</c> (best effort: the API may leave it out).</summary>
    public IReadOnlyList<UserRoutingSkill>? Skills { get; init; }

    /// <summary>Routing languages, when asked for with <c>expand=languages</c> (best effort: the API may leave it out).</summary>
    public IReadOnlyList<UserRoutingLanguage>? Languages { get; init; }

    /// <summary>API URI of the user.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
