namespace GenesysCloud.Bulk.Execution;

/// <summary>Counts finished items and reports progress with an ETA from the pace so far.</summary>
internal sealed class ProgressTracker(int total, RunMeter meter, IProgress<BulkProgress>? progress)
{
    private readonly Lock _gate = new();
    private int _done;

    public void Report(int finished)
    {
        if (progress is null) return;
        lock (_gate)
        {
            _done += finished;
            TimeSpan? eta = _done == 0 ? null : meter.Elapsed * ((double)(total - _done) / _done);
            progress.Report(new BulkProgress(_done, total, meter.Calls, meter.Http429, eta));
        }
    }
}
