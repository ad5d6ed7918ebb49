using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>
/// Copying one person's skills (and languages) to others: ONE previewed plan, applied as one journaled job whose items
/// each set or remove one skill or language of one person, every previous proficiency kept, so the job resumes and undoes
/// exactly. With <see cref="RoutingCopyOptions.Identical"/>, what the source does not have is removed from the others too.
/// </summary>
/// <param name="Plan">The engine's plan (<see cref="BulkOperation.CopyRouting"/>; its target is the person copied from).</param>
/// <param name="Copied">What each skill or language copied (or removed) does, in the plan's order.</param>
public sealed record SkillCopyPlan(BulkPlan Plan, IReadOnlyList<SkillCopyLine> Copied)
{
    /// <summary>The person copied from.</summary>
    public string SourceName => Plan.TargetName;

    /// <summary>Items that will be sent (one per person and skill or language changed).</summary>
    public int ChangeCount => Plan.ChangeCount;

    /// <summary>Identifiers that match no active user.</summary>
    public IReadOnlyList<string> NotFound => [.. Plan.Items.Where(i => i.Action == BulkItemAction.NotFound).Select(i => i.Identifier)];
}

/// <summary>One skill or language of a copy and what it does across the people.</summary>
/// <param name="Item">The skill or language.</param>
/// <param name="Proficiency">The level it is given at; null when it is removed (making people identical).</param>
/// <param name="Changes">People it changes.</param>
/// <param name="AlreadySo">People who already have it at that level.</param>
public sealed record SkillCopyLine(RoutingItem Item, double? Proficiency, int Changes, int AlreadySo);
