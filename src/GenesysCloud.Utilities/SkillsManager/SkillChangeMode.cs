using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>What Skills Manager's input does to the picked skill or language.</summary>
public enum SkillChangeMode
{
    /// <summary>Give the skill (or set its proficiency) — <see cref="BulkOperation.AssignSkill"/>.</summary>
    Assign,

    /// <summary>Change the proficiency of people who have it — <see cref="BulkOperation.ChangeSkill"/>.</summary>
    Change,

    /// <summary>Take the skill away — <see cref="BulkOperation.RemoveSkill"/>.</summary>
    Remove,
}
