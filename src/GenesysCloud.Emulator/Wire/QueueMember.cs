using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

internal sealed record QueueMember(string Id, string Name, EntityRef User, int RingNumber, bool Joined, string MemberBy, string SelfUri)
{
    public static QueueMember From(EmulatorUser user) => new(
        user.Id, user.Name, new EntityRef(user.Id, user.Name, $"/api/v2/users/{user.Id}"), RingNumber: 1, Joined: true,
        MemberBy: "user", $"/api/v2/users/{user.Id}");
}
