using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator;

/// <summary>The routing languages of users, changed under the same lock as skills.</summary>
public sealed partial class EmulatorState
{
    private readonly Dictionary<string, EmulatorLanguage> _languagesById;
    private readonly Dictionary<string, Dictionary<string, double>> _userLanguages;

    public EmulatorLanguage? FindLanguage(string languageId) => _languagesById.GetValueOrDefault(languageId);

    /// <summary>Language id → proficiency; empty for a user without languages.</summary>
    public IReadOnlyDictionary<string, double> GetUserLanguages(string userId)
    {
        lock (_gate)
        {
            return _userLanguages.TryGetValue(userId, out var languages)
                ? new Dictionary<string, double>(languages, StringComparer.Ordinal)
                : new Dictionary<string, double>(StringComparer.Ordinal);
        }
    }

    /// <summary>Adds or updates one language of a user (a test's setup, or someone else editing the org).</summary>
    public void SetUserLanguage(string userId, string languageId, double proficiency) =>
        SetUserLanguages(userId, [(languageId, proficiency)]);

    internal void SetUserLanguages(string userId, IEnumerable<(string LanguageId, double Proficiency)> languages)
    {
        lock (_gate)
        {
            if (!_userLanguages.TryGetValue(userId, out var assigned))
                _userLanguages[userId] = assigned = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (languageId, proficiency) in languages)
                assigned[languageId] = proficiency;
        }
    }

    internal bool RemoveUserLanguage(string userId, string languageId)
    {
        lock (_gate) return _userLanguages.TryGetValue(userId, out var assigned) && assigned.Remove(languageId);
    }
}
