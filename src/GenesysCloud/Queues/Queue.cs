using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud;

/// <summary>A routing queue (<c>/api/v2/routing/queues</c>).</summary>
public sealed record Queue
{
    /// <summary>Queue id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Queue name.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>The queue's division.</summary>
    public EntityRef? Division { get; init; }

    /// <summary>Number of members (users and groups).</summary>
    public int? MemberCount { get; init; }

    /// <summary>Number of user members.</summary>
    public int? UserMemberCount { get; init; }

    /// <summary>Number of joined members.</summary>
    public int? JoinedMemberCount { get; init; }

    /// <summary>Groups, teams and skill groups whose people are members of the queue (listed with <c>memberBy: group</c>).</summary>
    public IReadOnlyList<QueueMemberGroup>? MemberGroups { get; init; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>Last modification time.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>API URI of the queue.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Fields this record does not name, kept so a write-back loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
