using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>
/// Copying one person's skills to others: one previewed plan per skill (each its own journaled job, so every
/// previous proficiency is kept and undo is exact). With <see cref="Identical"/>, skills the source does not have
/// are removed from the others too.
/// </summary>
/// <param name="Source">The person whose skills are copied.</param>
/// <param name="SourceSkills">Their skills.</param>
/// <param name="Identical">Make the others' skills identical (adds, changes and removes) instead of only adding.</param>
/// <param name="Plans">One plan per skill: assignments at the source's proficiency, then removals.</param>
/// <param name="NotFound">Target identifiers that match no active user.</param>
public sealed record SkillCopyPlan(User Source, IReadOnlyList<UserRoutingSkill> SourceSkills, bool Identical, IReadOnlyList<BulkPlan> Plans,
    IReadOnlyList<string> NotFound)
{
    /// <summary>Calls applying sends (one per person and skill changed).</summary>
    public int ChangeCount => Plans.Sum(p => p.ChangeCount);
}
