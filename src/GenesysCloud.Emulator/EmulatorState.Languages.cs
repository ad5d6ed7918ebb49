using GenesysCloud.Emulator.Model;
using GenesysCloud.Emulator.Org;

namespace GenesysCloud.Emulator;

/// <summary>The routing languages of users, held like skills.</summary>
public sealed partial class EmulatorState
{
    private readonly Dictionary<string, EmulatorLanguage> _languagesById;

    /// <summary>The users' routing languages.</summary>
    internal UserLevels LanguageLevels { get; }

    public EmulatorLanguage? FindLanguage(string languageId) => _languagesById.GetValueOrDefault(languageId);

    /// <summary>Language id → proficiency; empty for a user without languages.</summary>
    public IReadOnlyDictionary<string, double> GetUserLanguages(string userId) => LanguageLevels.Of(userId);

    /// <summary>Adds or updates one language of a user (a test's setup, or someone else editing the org).</summary>
    public void SetUserLanguage(string userId, string languageId, double proficiency) => LanguageLevels.Set(userId, [(languageId, proficiency)]);
}
