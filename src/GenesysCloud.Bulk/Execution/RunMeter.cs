namespace GenesysCloud.Bulk.Execution;

/// <summary>Calls, 429s and wall time of one run, as deltas of the connection's counters.</summary>
internal sealed class RunMeter(BulkConnection connection)
{
    private readonly long _calls = connection.Calls;
    private readonly long _http429 = connection.Http429;
    private readonly long _started = connection.Time.GetTimestamp();

    public int Calls => (int)(connection.Calls - _calls);

    public int Http429 => (int)(connection.Http429 - _http429);

    public TimeSpan Elapsed => connection.Time.GetElapsedTime(_started);
}
