namespace GenesysCloud.Emulator.Wire;

internal sealed record UserRoutingLanguage(string Id, string Name, double Proficiency, string State, string LanguageUri, string SelfUri)
{
    public static UserRoutingLanguage From(string userId, string languageId, string name, double proficiency) => new(
        languageId, name, proficiency, "active", $"/api/v2/routing/languages/{languageId}", $"/api/v2/users/{userId}/routinglanguages/{languageId}");
}
