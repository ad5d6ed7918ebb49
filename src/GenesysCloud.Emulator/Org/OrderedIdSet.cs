namespace GenesysCloud.Emulator.Org;

/// <summary>Member ids in the order they joined, with O(1) membership tests. Not thread-safe: used under the state lock.</summary>
internal sealed class OrderedIdSet
{
    private readonly List<string> _order = [];
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);

    public OrderedIdSet(IEnumerable<string> ids) => Add(ids);

    public int Count => _order.Count;

    public void Add(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if (_set.Add(id))
                _order.Add(id);
        }
    }

    /// <summary>Replaces every id, keeping the order given.</summary>
    public void Set(IEnumerable<string> ids)
    {
        _order.Clear();
        _set.Clear();
        Add(ids);
    }

    public void Remove(IEnumerable<string> ids)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (_set.Remove(id))
                removed.Add(id);
        }
        if (removed.Count > 0)
            _order.RemoveAll(removed.Contains);
    }

    public bool Contains(string id) => _set.Contains(id);

    /// <summary>The ids in join order; enumerate under the state lock only.</summary>
    public IEnumerable<string> All() => _order;

    public IReadOnlySet<string> ToSet() => new HashSet<string>(_set, StringComparer.Ordinal);

    public string[] Slice(int skip, int take) =>
        skip >= _order.Count ? [] : _order.GetRange(skip, Math.Min(take, _order.Count - skip)).ToArray();
}
