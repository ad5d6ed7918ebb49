namespace GenesysCloud.Bulk;

/// <summary>The membership change a bulk job makes for every user it names.</summary>
public enum BulkOperation
{
    /// <summary>Add users to a group (batches of 50, group version handled).</summary>
    AddToGroup,

    /// <summary>Remove users from a group (batches of 50).</summary>
    RemoveFromGroup,

    /// <summary>Add users to a queue (batches of 100).</summary>
    AddToQueue,

    /// <summary>Remove users from a queue (batches of 100).</summary>
    RemoveFromQueue,

    /// <summary>Assign a routing skill with a proficiency (one bulk call per user).</summary>
    AssignSkill,

    /// <summary>Remove a routing skill (one call per user).</summary>
    RemoveSkill,

    /// <summary>
    /// End conversations (one re-read and one disconnect each; see <see cref="Conversations.ConversationEndPlanner"/>).
    /// Items name conversations, not users. Cannot be undone.
    /// </summary>
    EndConversation,

    /// <summary>
    /// Make a queue's individual members a given list in one job: each item is an add or a remove (see
    /// <see cref="BulkRequest.RowOperations"/>); sent in batches of 100 per direction.
    /// </summary>
    SyncQueue,

    /// <summary>Join members to a queue (batches of 100; asynchronous, so the result is re-read before it is reported).</summary>
    JoinQueue,

    /// <summary>Unjoin members from a queue (batches of 100; re-read like <see cref="JoinQueue"/>).</summary>
    UnjoinQueue,

    /// <summary>Change the proficiency of a routing skill for users who have it (users without it are not given it).</summary>
    ChangeSkill,

    /// <summary>
    /// Set the ring number of individual queue members (one call per member; a member through a member group cannot be
    /// set). Accepted calls are re-read before they are reported; the previous ring number is journaled for undo.
    /// </summary>
    SetRingNumber,

    /// <summary>Assign a routing language with a whole-number proficiency 0–5 (one bulk call per user).</summary>
    AssignLanguage,

    /// <summary>Remove a routing language (one call per user).</summary>
    RemoveLanguage,

    /// <summary>Change the proficiency of a routing language for users who have it (users without it are not given it).</summary>
    ChangeLanguage,

    /// <summary>
    /// Give people one person's routing skills and languages at that person's proficiencies (see <see cref="BulkRequest.Copy"/>;
    /// the target is the person copied from). Each item sets, or when making them identical removes, one skill or
    /// language of one person (<see cref="BulkPlanItem.TargetId"/>); one bulk call per person and kind, one per removal.
    /// </summary>
    CopyRouting,
}
