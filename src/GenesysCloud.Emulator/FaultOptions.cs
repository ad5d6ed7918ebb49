namespace GenesysCloud.Emulator;

/// <summary>
/// Faults applied to <c>/api/v2</c> requests. Every member can be changed while the emulator runs;
/// reads and writes are atomic.
/// </summary>
public sealed class FaultOptions
{
    private long _latencyTicks;
    private long _latencyJitterTicks;
    private double _errorRate;
    private double _dropRate;
    private int _burst429Remaining;
    private int _retry429AfterSeconds = 1;

    /// <summary>Fixed delay before each API request is answered.</summary>
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

    public int Retry429AfterSeconds
    {
        get => Volatile.Read(ref _retry429AfterSeconds);
        set => Volatile.Write(ref _retry429AfterSeconds, Math.Max(0, value));
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
