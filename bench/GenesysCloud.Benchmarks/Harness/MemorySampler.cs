using System.Diagnostics;

namespace GenesysCloud.Benchmarks.Harness;

/// <summary>Samples this process's working set until disposed and keeps the peak.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakBytes;

    public MemorySampler()
    {
        Sample();
        _loop = Task.Run(LoopAsync);
    }

    public double PeakMegabytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakBytes) / (1024.0 * 1024.0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
                Sample();
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var current = process.WorkingSet64;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peakBytes);
            if (current <= seen)
                return;
        }
        while (Interlocked.CompareExchange(ref _peakBytes, current, seen) != seen);
    }
}
