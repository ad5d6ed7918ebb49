using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>The mutable side of a group: version and members. Used under the state lock.</summary>
internal sealed class GroupEntry(EmulatorGroup seed, IEnumerable<string> memberIds)
{
    public EmulatorGroup Seed { get; } = seed;
    public int Version { get; set; } = seed.Version;
    public DateTimeOffset DateModified { get; set; } = seed.DateModified;
    public OrderedIdSet Members { get; } = new(memberIds);

    public EmulatorGroup Snapshot() =>
        Seed with { Version = Version, MemberCount = Members.Count, DateModified = DateModified };
}
