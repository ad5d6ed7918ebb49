namespace GenesysCloud.Emulator;

public sealed partial class FaultOptions
{
    private long _newQueueMemberNotFoundTicks = TimeSpan.FromSeconds(2).Ticks;

    /// <summary>
    /// How long after someone is added to a queue (<c>POST …/members</c>) the single-member
    /// <c>PATCH /routing/queues/{id}/members/{memberId}</c> (ring number or joined) still answers 404 as if they were not a
    /// member. Genesys's Terraform provider retries a 404 on that PATCH right after adding members
    /// (<c>updateQueueUserRingNum</c> in <c>resource_genesyscloud_routing_queue_members.go</c>, with <c>util.RetryWhen(util.IsStatus404, …)</c>),
    /// which suggests the real service lags there; how long is not documented. 2 s by default (the harder plausible
    /// behaviour); zero turns it off.
    /// </summary>
    public TimeSpan NewQueueMemberNotFoundFor
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _newQueueMemberNotFoundTicks));
        set => Interlocked.Exchange(ref _newQueueMemberNotFoundTicks, NonNegative(value).Ticks);
    }
}
