namespace GenesysCloud.Bulk.Resolution;

/// <summary>A connection's listed user directory, reused until its TTL runs out; one listing at a time.</summary>
internal sealed class DirectoryCache(TimeSpan ttl, TimeProvider time)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile UserDirectory? _current;
    private int _lastKnownUserCount = -1;

    public DateTimeOffset? LoadedAt => _current?.LoadedAt;

    /// <summary>The org's user count from the last listing or probe, for the strategy's arithmetic.</summary>
    public int? LastKnownUserCount => _lastKnownUserCount is >= 0 and var n ? n : null;

    public UserDirectory? Fresh => _current is { } d && time.GetUtcNow() - d.LoadedAt < ttl ? d : null;

    public SemaphoreSlim LoadGate => _loading;

    public void Remember(int userCount) => Interlocked.Exchange(ref _lastKnownUserCount, userCount);

    public void Store(UserDirectory directory)
    {
        _current = directory;
        Remember(directory.Count);
    }

    public void Invalidate() => _current = null;
}
