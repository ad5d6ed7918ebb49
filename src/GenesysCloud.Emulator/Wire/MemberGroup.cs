using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

/// <summary>One of a queue's <c>memberGroups</c>; only type GROUP is emulated (not TEAM or SKILLGROUP).</summary>
internal sealed record MemberGroup(string Id, string Name, string Type, int MemberCount, string SelfUri)
{
    public static MemberGroup From(EmulatorGroup group) =>
        new(group.Id, group.Name, "GROUP", group.MemberCount, $"/api/v2/groups/{group.Id}");
}
