namespace GenesysCloud.Bulk.Targets;

/// <summary>How someone is in a group or queue without being an individual member.</summary>
internal enum IndirectKind
{
    /// <summary>A group owner: listed in the group's <c>/members</c>, not in <c>/individuals</c>.</summary>
    Owner,

    /// <summary>Included by one of the group's membership rules.</summary>
    ByRule,

    /// <summary>A queue member through a member group (<c>memberBy: group</c>).</summary>
    ViaGroup,

    /// <summary>A queue member through one of its member groups (a team or skill group, or a group that could not be read).</summary>
    ViaMemberGroups,
}
