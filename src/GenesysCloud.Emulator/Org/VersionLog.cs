namespace GenesysCloud.Emulator.Org;

/// <summary>A version and when it took each value, so that reads can lag behind writes.</summary>
internal sealed class VersionLog(int version, DateTimeOffset since)
{
    private readonly List<(DateTimeOffset Since, int Version)> _history = [(since, version)];

    public int Current => _history[^1].Version;

    public void Bump(DateTimeOffset now, TimeSpan readLag)
    {
        _history.Add((now, Current + 1));
        // Keep the newest entry a read made now could still show, and everything after it.
        var visible = IndexVisibleAt(now, readLag);
        if (visible > 0)
            _history.RemoveRange(0, visible);
    }

    /// <summary>The version a read at <paramref name="now"/> shows: the newest one at least <paramref name="readLag"/> old.</summary>
    public int VisibleAt(DateTimeOffset now, TimeSpan readLag) => _history[IndexVisibleAt(now, readLag)].Version;

    private int IndexVisibleAt(DateTimeOffset now, TimeSpan readLag)
    {
        var cutoff = now - readLag;
        for (var i = _history.Count - 1; i > 0; i--)
        {
            if (_history[i].Since <= cutoff)
                return i;
        }
        return 0;
    }
}
