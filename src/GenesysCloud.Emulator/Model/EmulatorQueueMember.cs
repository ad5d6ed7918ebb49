namespace GenesysCloud.Emulator.Model;

/// <summary>
/// One member of a queue as <c>/routing/queues/{id}/members</c> lists it: <see cref="MemberBy"/> is
/// "user" for an individual member, "group" for someone who is a member only through a member group.
/// </summary>
public sealed record EmulatorQueueMember(string UserId, string MemberBy, bool Joined, int RingNumber)
{
    /// <summary>Whether the person is also a member through one of the queue's member groups.</summary>
    public bool ViaGroup { get; init; }
}
