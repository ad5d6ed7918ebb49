namespace GenesysCloud.Utilities.GroupManager;

/// <summary>What a membership preview decided for one input row.</summary>
public enum PreviewStatus
{
    /// <summary>The user was found and is not a member: applying adds them.</summary>
    WillAdd,

    /// <summary>The user is a member: applying removes them.</summary>
    WillRemove,

    /// <summary>The user is already a member: nothing to send.</summary>
    AlreadyMember,

    /// <summary>The user is not a member, so there is nothing to remove.</summary>
    NotMember,

    /// <summary>The user is in the group only as an owner or by a rule: a member remove cannot take them out (the note says where).</summary>
    CannotRemoveHere,

    /// <summary>No active user matches the identifier.</summary>
    NotFound,

    /// <summary>The identifier, or the user it resolves to, appeared on an earlier row.</summary>
    Duplicate,

    /// <summary>The identifier is not a valid email (or id/username).</summary>
    Invalid,
}
