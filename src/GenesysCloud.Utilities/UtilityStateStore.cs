using System.Collections.Concurrent;

namespace GenesysCloud.Utilities;

/// <summary>
/// Per-session utility state (registered scoped, so one store per Blazor circuit), keyed by
/// utility id and key. Survives switching between utilities; cleared on disconnect.
/// </summary>
public sealed class UtilityStateStore
{
    private readonly ConcurrentDictionary<(string UtilityId, string Key), object?> _values = new();

    /// <summary>The stored value, or <paramref name="defaultValue"/> when absent or of another type.</summary>
    public T Get<T>(string utilityId, string key, T defaultValue) =>
        _values.TryGetValue((utilityId, key), out var value) && value is T typed ? typed : defaultValue;

    /// <summary>Stores a value for the utility.</summary>
    public void Set<T>(string utilityId, string key, T value) => _values[(utilityId, key)] = value;

    /// <summary>Removes one value.</summary>
    public void Remove(string utilityId, string key) => _values.TryRemove((utilityId, key), out _);

    /// <summary>Forgets everything one utility stored.</summary>
    public void Clear(string utilityId)
    {
        foreach (var key in _values.Keys.Where(k => k.UtilityId == utilityId))
        {
            _values.TryRemove(key, out _);
        }
    }

    /// <summary>Forgets all utilities' state (disconnect).</summary>
    public void ClearAll() => _values.Clear();

    /// <summary>Number of stored values (all utilities).</summary>
    public int Count => _values.Count;
}
