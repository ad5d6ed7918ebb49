namespace GenesysCloud.Bulk.Targets;

/// <summary>The skill and language operations as one thing: a kind (skill or language) and a verb.</summary>
internal sealed record ProficiencyOperation(ProficiencyKind Kind, ProficiencyVerb Verb)
{
    private static readonly Dictionary<BulkOperation, ProficiencyOperation> ByOperation = new()
    {
        [BulkOperation.AssignSkill] = new(ProficiencyKind.Skill, ProficiencyVerb.Assign),
        [BulkOperation.ChangeSkill] = new(ProficiencyKind.Skill, ProficiencyVerb.Change),
        [BulkOperation.RemoveSkill] = new(ProficiencyKind.Skill, ProficiencyVerb.Remove),
        [BulkOperation.AssignLanguage] = new(ProficiencyKind.Language, ProficiencyVerb.Assign),
        [BulkOperation.ChangeLanguage] = new(ProficiencyKind.Language, ProficiencyVerb.Change),
        [BulkOperation.RemoveLanguage] = new(ProficiencyKind.Language, ProficiencyVerb.Remove),
    };

    /// <summary>True when items carry the proficiency they set (assign and change).</summary>
    public bool Sets => Verb != ProficiencyVerb.Remove;

    /// <summary>The skill or language operation, or null for any other.</summary>
    public static ProficiencyOperation? Of(BulkOperation operation) => ByOperation.GetValueOrDefault(operation);

    /// <summary>The operation of this kind with another verb.</summary>
    public BulkOperation With(ProficiencyVerb verb) => ByOperation.First(p => p.Value.Kind == Kind && p.Value.Verb == verb).Key;

    /// <summary>Whether the user already is where the item asks (on a remove, a proficiency means "restore it").</summary>
    public bool IsReached(double? proficiency, bool present, double? current) => Verb switch
    {
        ProficiencyVerb.Remove when proficiency is null => !present,
        _ => present && current == proficiency,
    };

    /// <summary>Assign and remove undo each other; a change is undone by changing back.</summary>
    public BulkOperation Inverse() => With(Verb switch
    {
        ProficiencyVerb.Assign => ProficiencyVerb.Remove,
        ProficiencyVerb.Remove => ProficiencyVerb.Assign,
        _ => ProficiencyVerb.Change,
    });
}
