namespace GenesysCloud.Emulator.Org;

/// <summary>
/// What users hold at a proficiency — their routing skills, or their routing languages: user id → id → level. Changed
/// under the org's lock; every read is a snapshot.
/// </summary>
internal sealed class UserLevels(Dictionary<string, Dictionary<string, double>> levels, Lock gate)
{
    /// <summary>Id → proficiency; empty for a user who holds none.</summary>
    public IReadOnlyDictionary<string, double> Of(string userId)
    {
        lock (gate)
        {
            return levels.TryGetValue(userId, out var held)
                ? new Dictionary<string, double>(held, StringComparer.Ordinal)
                : new Dictionary<string, double>(StringComparer.Ordinal);
        }
    }

    /// <summary>Adds or updates some of a user's levels.</summary>
    public void Set(string userId, IEnumerable<(string Id, double Proficiency)> changes)
    {
        lock (gate)
        {
            if (!levels.TryGetValue(userId, out var held))
                levels[userId] = held = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (id, proficiency) in changes)
                held[id] = proficiency;
        }
    }

    /// <summary>Removes one; false when the user did not hold it.</summary>
    public bool Remove(string userId, string id)
    {
        lock (gate) return levels.TryGetValue(userId, out var held) && held.Remove(id);
    }
}
