namespace GenesysCloud.Bulk.Targets;

/// <summary>What a proficiency operation does to the skill or language.</summary>
internal enum ProficiencyVerb
{
    /// <summary>Give it at a proficiency (or set the proficiency of those who have it).</summary>
    Assign,

    /// <summary>Change the proficiency of those who have it; nobody is given it.</summary>
    Change,

    /// <summary>Take it away (in undo plans, a proficiency on the item means "restore it").</summary>
    Remove,
}
