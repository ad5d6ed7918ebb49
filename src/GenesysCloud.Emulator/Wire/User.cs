using GenesysCloud.Emulator.Model;

namespace GenesysCloud.Emulator.Wire;

internal sealed record User(
    string Id, string Name, EntityRef Division, string Department, string Email, IReadOnlyList<ContactInfo> PrimaryContactInfo,
    string State, string Title, string Username, int Version, bool AcdAutoAnswer, string SelfUri)
{
    /// <summary>Only with <c>expand=skills</c>.</summary>
    public IReadOnlyList<UserRoutingSkill>? Skills { get; init; }

    /// <summary>Only with <c>expand=languages</c>.</summary>
    public IReadOnlyList<UserRoutingLanguage>? Languages { get; init; }

    public static User From(EmulatorUser user, EmulatorDivision division) => new(
        user.Id, user.Name, DivisionRef.From(division), user.Department, user.Email,
        [new ContactInfo(user.Email, "EMAIL", "PRIMARY")], user.State, user.Title, user.Username, user.Version,
        AcdAutoAnswer: false, $"/api/v2/users/{user.Id}");
}
