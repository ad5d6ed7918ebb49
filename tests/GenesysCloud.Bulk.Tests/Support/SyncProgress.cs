namespace GenesysCloud.Bulk.Tests.Support;

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts asynchronously, which tests cannot rely on).</summary>
internal sealed class SyncProgress(Action<BulkProgress>? onReport = null) : IProgress<BulkProgress>
{
    private readonly Lock _gate = new();
    private readonly List<BulkProgress> _reports = [];

    public IReadOnlyList<BulkProgress> Reports
    {
        get { lock (_gate) return [.. _reports]; }
    }

    public void Report(BulkProgress value)
    {
        lock (_gate) _reports.Add(value);
        onReport?.Invoke(value);
    }
}
