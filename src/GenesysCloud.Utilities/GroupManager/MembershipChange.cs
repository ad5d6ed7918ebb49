namespace GenesysCloud.Utilities.GroupManager;

/// <summary>The direction of a membership preview.</summary>
public enum MembershipChange
{
    /// <summary>Add users to the group.</summary>
    Add,

    /// <summary>Remove users from the group.</summary>
    Remove,
}
