using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

internal sealed record Group(
    string Id, string Name, string Description, DateTimeOffset DateModified, long MemberCount, string State, int Version,
    string Type, bool RulesVisible, string Visibility, bool RolesEnabled, bool IncludeOwners, bool CallsEnabled,
    IReadOnlyList<User> Owners, string SelfUri)
{
    public static Group From(EmulatorState org, EmulatorGroup group) => new(
        group.Id, group.Name, group.Description, group.DateModified, group.MemberCount, group.State, group.Version,
        group.Type, group.RulesVisible, group.Visibility, RolesEnabled: false, IncludeOwners: false, CallsEnabled: false,
        [.. group.OwnerIds.Select(org.FindUser).OfType<EmulatorUser>().Select(u => User.From(u, org.Division))],
        $"/api/v2/groups/{group.Id}");
}
