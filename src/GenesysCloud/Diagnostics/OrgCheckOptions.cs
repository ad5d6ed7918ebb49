namespace GenesysCloud.Diagnostics;

/// <summary>What <see cref="OrgDoctor"/> probes; every id is optional and picked from the org when absent.</summary>
public sealed record OrgCheckOptions
{
    /// <summary>The group to read members of; best a group with owners or rule members. The first group with members when null.</summary>
    public string? GroupId { get; init; }

    /// <summary>The queue to read members of; best a queue with member groups. The first queue with member groups (or members) when null.</summary>
    public string? QueueId { get; init; }

    /// <summary>The user whose routing skills are read. The first listed user when null.</summary>
    public string? UserId { get; init; }

    /// <summary>The permissions each feature needs, checked against the token's person or OAuth client.</summary>
    public IReadOnlyList<PermissionRequirement> Permissions { get; init; } = [];
}
