using GenesysCloud.Emulator;
using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Cli.Tests.Support;

/// <summary>Picks groups and users from the seeded org so that each test works on its own group.</summary>
public static class OrgPicks
{
    public static EmulatorGroup Group(GenesysEmulator emulator, int index) =>
        emulator.State.Groups.OrderBy(g => g.Id, StringComparer.Ordinal).ElementAt(index);

    public static List<EmulatorUser> NonMembers(GenesysEmulator emulator, string groupId, int count)
    {
        var members = emulator.State.GetGroupMemberIds(groupId);
        return emulator.State.Users.Where(u => !members.Contains(u.Id)).Take(count).ToList();
    }

    public static List<EmulatorUser> Members(GenesysEmulator emulator, string groupId, int count)
    {
        var members = emulator.State.GetGroupMemberIds(groupId);
        return emulator.State.Users.Where(u => members.Contains(u.Id)).Take(count).ToList();
    }

    public static string Emails(IEnumerable<EmulatorUser> users) => string.Join(",", users.Select(u => u.Email));
}
