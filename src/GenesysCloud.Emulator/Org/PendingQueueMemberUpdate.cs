namespace GenesysCloud.Emulator.Org;

/// <summary>A join, unjoin or ring number change that takes effect at <see cref="DueAt"/>.</summary>
internal sealed record PendingQueueMemberUpdate(string UserId, DateTimeOffset DueAt, bool? Joined, int? RingNumber)
{
    public QueueMemberSettings Apply(QueueMemberSettings current) =>
        new(Joined ?? current.Joined, RingNumber ?? current.RingNumber);
}
