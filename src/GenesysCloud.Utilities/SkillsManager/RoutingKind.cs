using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>What Skills Manager works on: a routing skill or a routing language (both held at a proficiency 0–5).</summary>
public enum RoutingKind
{
    /// <summary>A routing skill (any proficiency from 0 to 5).</summary>
    Skill,

    /// <summary>A routing language (whole-number proficiencies: the service rounds others).</summary>
    Language,
}

/// <summary>Words and engine operations of a <see cref="RoutingKind"/>.</summary>
public static class RoutingKinds
{
    /// <summary>"skill" or "language".</summary>
    public static string Noun(this RoutingKind kind) => kind == RoutingKind.Language ? "language" : "skill";

    /// <summary>The <c>expand</c> of the users listing (<see cref="UsersApi.RoutingExpands"/>) that lists it with each user.</summary>
    public static string Expand(this RoutingKind kind) => kind == RoutingKind.Language ? "languages" : "skills";

    /// <summary>The proficiencies it accepts, in words.</summary>
    public static string ValidRange(this RoutingKind kind) => kind == RoutingKind.Language ? "a whole number from 0 to 5" : "between 0 and 5";

    /// <summary>True when <paramref name="proficiency"/> is one it keeps as given.</summary>
    public static bool IsValid(this RoutingKind kind, double proficiency) =>
        kind == RoutingKind.Language ? RoutingApi.IsLanguageProficiency(proficiency) : proficiency is >= 0 and <= 5;

    /// <summary>The engine operation that makes <paramref name="mode"/>'s change to it.</summary>
    public static BulkOperation Operation(this RoutingKind kind, SkillChangeMode mode) => (kind, mode) switch
    {
        (RoutingKind.Language, SkillChangeMode.Change) => BulkOperation.ChangeLanguage,
        (RoutingKind.Language, SkillChangeMode.Remove) => BulkOperation.RemoveLanguage,
        (RoutingKind.Language, _) => BulkOperation.AssignLanguage,
        (_, SkillChangeMode.Change) => BulkOperation.ChangeSkill,
        (_, SkillChangeMode.Remove) => BulkOperation.RemoveSkill,
        _ => BulkOperation.AssignSkill,
    };

    /// <summary>What a user holds of this kind, as (id, proficiency); null when the listing did not expand it.</summary>
    internal static IEnumerable<(string Id, double? Proficiency)>? Held(this RoutingKind kind, User user) => kind == RoutingKind.Language
        ? user.Languages?.Select(l => (l.Id, l.Proficiency))
        : user.Skills?.Select(s => (s.Id, s.Proficiency));
}
