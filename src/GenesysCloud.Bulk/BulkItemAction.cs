namespace GenesysCloud.Bulk;

/// <summary>What a plan decided for one input identifier.</summary>
public enum BulkItemAction
{
    /// <summary>The user was found and the change is needed: it will be sent.</summary>
    WillChange,

    /// <summary>The user is already in the requested state (already a member, not a member, same proficiency).</summary>
    AlreadyDone,

    /// <summary>No active user matches the identifier.</summary>
    NotFound,

    /// <summary>The identifier, or the user it resolves to, appeared earlier in the input.</summary>
    Duplicate,

    /// <summary>The identifier is empty or malformed.</summary>
    Invalid,

    /// <summary>
    /// The user is there in a way this change cannot undo — a group owner or member by rule, or a queue member through a
    /// member group — so nothing is sent; <see cref="BulkPlanItem.Note"/> says where the change can be made.
    /// </summary>
    CannotChangeHere,

    /// <summary>
    /// The change does not apply to this user — not a member of the queue to join or unjoin, or no skill whose
    /// proficiency could change — so nothing is sent; <see cref="BulkPlanItem.Note"/> says which.
    /// </summary>
    NotApplicable,
}
