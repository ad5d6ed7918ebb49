namespace GenesysCloud.Emulator.Model;

/// <summary>
/// A group as it is at the moment of the snapshot. <see cref="MemberCount"/> counts everyone
/// <c>/members</c> lists (individuals, owners and rule members), not only individual members.
/// </summary>
public sealed record EmulatorGroup(
    string Id, string Name, string Description, string Type, string Visibility, bool RulesVisible,
    string State, int Version, int MemberCount, DateTimeOffset DateModified)
{
    /// <summary>The group's owners; an owner need not be a member.</summary>
    public IReadOnlyList<string> OwnerIds { get; init; } = [];
}
