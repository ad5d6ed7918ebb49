using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

internal sealed record QueueMember(string Id, string Name, EntityRef User, int RingNumber, bool Joined, string MemberBy, string SelfUri)
{
    public static QueueMember From(EmulatorState org, EmulatorQueueMember member)
    {
        var name = org.FindUser(member.UserId)?.Name ?? member.UserId;
        return new(
            member.UserId, name, new EntityRef(member.UserId, name, $"/api/v2/users/{member.UserId}"), member.RingNumber, member.Joined,
            member.MemberBy, $"/api/v2/users/{member.UserId}");
    }
}
