using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A Genesys Cloud group (<c>/api/v2/groups</c>).</summary>
public sealed record Group
{
    /// <summary>Group id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Group name.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Number of members.</summary>
    public long? MemberCount { get; init; }

    /// <summary>active, inactive or deleted.</summary>
    public string? State { get; init; }

    /// <summary>Version; a member add must send the current one.</summary>
    public int? Version { get; init; }

    /// <summary>official or social.</summary>
    public string? Type { get; init; }

    /// <summary>public, owners or members.</summary>
    public string? Visibility { get; init; }

    /// <summary>Whether membership rules are visible.</summary>
    public bool? RulesVisible { get; init; }

    /// <summary>The group's owners, when the API returns them. Owners are listed in <c>/members</c> but are not individual members.</summary>
    public IReadOnlyList<User>? Owners { get; init; }

    /// <summary>Last modification time.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>API URI of the group.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
