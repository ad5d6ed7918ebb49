namespace GenesysCloud.Emulator;

/// <summary>
/// Faults applied to <c>/api/v2</c> requests. Every member can be changed while the emulator runs;
/// reads and writes are atomic.
/// </summary>
public sealed partial class FaultOptions
{
    private long _latencyTicks;
    private long _latencyJitterTicks;
    private double _errorRate;
    private double _dropRate;
    private int _burst429Remaining;
    private int _retry429AfterSeconds = 1;
    private long _groupVersionReadLagTicks;
    private int _externalVersionBumpEvery;
    private double _externalVersionBumpRate;
    private int _externalVersionBumpSize = 1;
    private double _injectedConflictRate;
    private long _queueMemberUpdateDelayTicks;

    /// <summary>
    /// Fixed time from an API request's arrival to its answer. The request is handled on arrival and its answer held until
    /// then: the emulator's own work is part of the latency, as a real service's is, and a change is made even when the
    /// client gives up waiting for its answer.
    /// </summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, NonNegative(value).Ticks);
    }

    /// <summary>Random extra delay between zero and this value.</summary>
    public TimeSpan LatencyJitter
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyJitterTicks));
        set => Interlocked.Exchange(ref _latencyJitterTicks, NonNegative(value).Ticks);
    }

    /// <summary>Probability (0..1) that a request fails with 500, 502, 503 or 504.</summary>
    public double ErrorRate
    {
        get => Volatile.Read(ref _errorRate);
        set => Volatile.Write(ref _errorRate, Probability(value));
    }

    /// <summary>Probability (0..1) that the connection is aborted without a response.</summary>
    public double DropRate
    {
        get => Volatile.Read(ref _dropRate);
        set => Volatile.Write(ref _dropRate, Probability(value));
    }

    /// <summary>The next N API requests get 429 with <see cref="Retry429AfterSeconds"/>.</summary>
    public int Burst429Remaining
    {
        get => Volatile.Read(ref _burst429Remaining);
        set => Volatile.Write(ref _burst429Remaining, Math.Max(0, value));
    }

    /// <summary>Seconds in the <c>Retry-After</c> header of an injected 429 (<see cref="Burst429Remaining"/>).</summary>
    public int Retry429AfterSeconds
    {
        get => Volatile.Read(ref _retry429AfterSeconds);
        set => Volatile.Write(ref _retry429AfterSeconds, Math.Max(0, value));
    }

    /// <summary>
    /// How long reads of a group (<c>GET /groups/{id}</c>, the list, search) keep showing the version it had
    /// before a write. Writes change the version at once, so a client that re-reads right after its own
    /// 202 gets a stale version and a 409 on its next add. When the real version rises is not documented
    /// (FACTS §3); zero by default, on in tests.
    /// </summary>
    public TimeSpan GroupVersionReadLag
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _groupVersionReadLagTicks));
        set => Interlocked.Exchange(ref _groupVersionReadLagTicks, NonNegative(value).Ticks);
    }

    /// <summary>
    /// Every Nth group member write through the API (add or remove) is followed at once by someone else's
    /// edit of that group, which bumps its version again; 0 = never. Deterministic, for tests.
    /// </summary>
    public int ExternalVersionBumpEvery
    {
        get => Volatile.Read(ref _externalVersionBumpEvery);
        set => Volatile.Write(ref _externalVersionBumpEvery, Math.Max(0, value));
    }

    /// <summary>
    /// How many edits someone else makes each time (<see cref="ExternalVersionBumpEvery"/>, <see cref="ExternalVersionBumpRate"/>):
    /// each one moves the version on by one, so a client that tries the next version after a conflict is refused
    /// again when this is more than 1. Default 1; at least 1.
    /// </summary>
    public int ExternalVersionBumpSize
    {
        get => Volatile.Read(ref _externalVersionBumpSize);
        set => Volatile.Write(ref _externalVersionBumpSize, Math.Max(1, value));
    }

    /// <summary>
    /// Probability (0..1) that a group member write through the API is followed by someone else's edit
    /// that bumps the version again. Drawn from a Random seeded with <see cref="EmulatorOptions.Seed"/>.
    /// </summary>
    public double ExternalVersionBumpRate
    {
        get => Volatile.Read(ref _externalVersionBumpRate);
        set => Volatile.Write(ref _externalVersionBumpRate, Probability(value));
    }

    /// <summary>
    /// Probability (0..1) that <c>PATCH /users/{id}/routingskills/bulk</c>, <c>PATCH /users/{id}/routinglanguages/bulk</c> or <c>DELETE /groups/{id}/members</c>
    /// answers 409 <c>conflict</c> without changing anything, as the real service can (Genesys's provider
    /// retries both). Drawn from a Random seeded with <see cref="EmulatorOptions.Seed"/>.
    /// </summary>
    public double InjectedConflictRate
    {
        get => Volatile.Read(ref _injectedConflictRate);
        set => Volatile.Write(ref _injectedConflictRate, Probability(value));
    }

    /// <summary>
    /// How long after <c>PATCH /routing/queues/{id}/members</c> (or <c>…/members/{memberId}</c>) the join,
    /// unjoin or ring number takes effect; the real bulk form is documented as asynchronous. Zero by default.
    /// </summary>
    public TimeSpan QueueMemberUpdateDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _queueMemberUpdateDelayTicks));
        set => Interlocked.Exchange(ref _queueMemberUpdateDelayTicks, NonNegative(value).Ticks);
    }

    internal bool TryTakeBurst429()
    {
        while (true)
        {
            var remaining = Volatile.Read(ref _burst429Remaining);
            if (remaining <= 0)
                return false;
            if (Interlocked.CompareExchange(ref _burst429Remaining, remaining - 1, remaining) == remaining)
                return true;
        }
    }

    private static TimeSpan NonNegative(TimeSpan value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
        return value;
    }

    private static double Probability(double value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1d);
        return value;
    }
}
