namespace GenesysCloud.Emulator.Model;

/// <summary>
/// A routing queue as it is at the moment of the snapshot. <see cref="MemberCount"/> counts every member,
/// those through a member group included; <see cref="UserMemberCount"/> only individual members.
/// </summary>
public sealed record EmulatorQueue(
    string Id, string Name, string Description, string DivisionId, int MemberCount, DateTimeOffset DateCreated)
{
    public int UserMemberCount { get; init; }

    public int JoinedMemberCount { get; init; }

    /// <summary>Groups whose people are members of the queue (<c>memberBy: group</c>).</summary>
    public IReadOnlyList<string> MemberGroupIds { get; init; } = [];
}
