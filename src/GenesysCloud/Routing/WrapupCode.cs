using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A wrap-up code (<c>/api/v2/routing/wrapupcodes</c>).</summary>
public sealed record WrapupCode
{
    /// <summary>Wrap-up code id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Wrap-up code name.</summary>
    public string? Name { get; init; }

    /// <summary>The code's division.</summary>
    public EntityRef? Division { get; init; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>Id of the user who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>API URI of the code.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
