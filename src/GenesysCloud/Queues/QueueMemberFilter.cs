namespace GenesysCloud;

/// <summary>Which members a queue member listing returns.</summary>
/// <param name="MemberBy"><c>user</c> (individual members only) or <c>group</c> (members through member groups); null for both.</param>
/// <param name="Joined">Only joined (true) or unjoined (false) members; null for both.</param>
public sealed record QueueMemberFilter(string? MemberBy = null, bool? Joined = null)
{
    /// <summary>Individual members only: the ones a remove can take out of the queue.</summary>
    public static QueueMemberFilter Individuals { get; } = new("user");

    /// <summary>Members through the queue's member groups only: a member remove cannot take them out.</summary>
    public static QueueMemberFilter ThroughGroups { get; } = new("group");
}
