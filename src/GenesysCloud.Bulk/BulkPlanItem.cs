namespace GenesysCloud.Bulk;

/// <summary>One input identifier of a plan, what it resolved to and what will be done with it.</summary>
/// <param name="Index">Position in the input (0-based), stable across plan, journal and report.</param>
/// <param name="Identifier">The identifier as given.</param>
/// <param name="UserId">The resolved user id; null when not found or invalid.</param>
/// <param name="Action">What the plan decided.</param>
public sealed record BulkPlanItem(int Index, string Identifier, string? UserId, BulkItemAction Action)
{
    /// <summary>
    /// The 1-based line of the pasted text or CSV file the identifier came from (see <see cref="BulkRequest.Lines"/>);
    /// null for users picked from a list. Kept in the journal, so results and reports name the admin's line.
    /// </summary>
    public int? Line { get; init; }

    /// <summary>The resolved user's display name, when known.</summary>
    public string? UserName { get; init; }

    /// <summary>Before-state: the user was a member / had the skill when planned.</summary>
    public bool WasPresent { get; init; }

    /// <summary>Before-state for skill plans: the proficiency the user had, if any.</summary>
    public double? ProficiencyBefore { get; init; }

    /// <summary>
    /// For skill plans, the proficiency this item sets. On a <see cref="BulkOperation.RemoveSkill"/> item
    /// (only produced by undo plans) a value means "restore this proficiency" instead of "remove".
    /// </summary>
    public double? Proficiency { get; init; }

    /// <summary>Before-state for ring number plans: the member's ring number when planned, if the API gave one.</summary>
    public int? RingNumberBefore { get; init; }

    /// <summary>For <see cref="BulkOperation.SetRingNumber"/> plans, the ring number this item sets (undo plans: the one it had).</summary>
    public int? RingNumber { get; init; }

    /// <summary>
    /// The skill or language this item changes, in a job that changes several (<see cref="BulkOperation.CopyRouting"/>);
    /// null when the item changes the job's target.
    /// </summary>
    public string? TargetId { get; init; }

    /// <summary>Why the item was not planned as a change (e.g. "same user as input 3").</summary>
    public string? Note { get; init; }
}
