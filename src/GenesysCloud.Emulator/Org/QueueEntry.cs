using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Org;

/// <summary>The mutable side of a queue: its members. Used under the state lock.</summary>
internal sealed class QueueEntry(EmulatorQueue seed, IEnumerable<string> memberIds)
{
    public EmulatorQueue Seed { get; } = seed;
    public OrderedIdSet Members { get; } = new(memberIds);

    public EmulatorQueue Snapshot() => Seed with { MemberCount = Members.Count };
}
