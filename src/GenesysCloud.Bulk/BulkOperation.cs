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
}
