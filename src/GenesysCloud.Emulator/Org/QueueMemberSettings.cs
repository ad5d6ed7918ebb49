namespace GenesysCloud.Emulator.Org;

internal sealed record QueueMemberSettings(bool Joined, int RingNumber)
{
    public static readonly QueueMemberSettings Default = new(Joined: true, RingNumber: 1);
}
