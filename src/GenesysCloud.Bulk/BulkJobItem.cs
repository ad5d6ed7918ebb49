namespace GenesysCloud.Bulk;

/// <summary>One journaled item: the plan's decision, the before-state, and the result.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Index">Position in the input.</param>
/// <param name="Identifier">The identifier as given.</param>
/// <param name="UserId">Resolved user id, if any.</param>
/// <param name="Action">What the plan decided.</param>
/// <param name="Status">Where the item stands.</param>
public sealed record BulkJobItem(string JobId, int Index, string Identifier, string? UserId, BulkItemAction Action, BulkItemStatus Status)
{
    /// <summary>The input line the item came from (see <see cref="BulkPlanItem.Line"/>); null for picked users and for jobs journaled before lines were.</summary>
    public int? Line { get; init; }

    /// <summary>Resolved user's display name.</summary>
    public string? UserName { get; init; }

    /// <summary>Before-state: member / had the skill.</summary>
    public bool WasPresent { get; init; }

    /// <summary>Before-state: the skill proficiency, if any.</summary>
    public double? ProficiencyBefore { get; init; }

    /// <summary>Proficiency the item sets (skill jobs; see <see cref="BulkPlanItem.Proficiency"/>).</summary>
    public double? Proficiency { get; init; }

    /// <summary>Before-state: the member's ring number (ring number jobs).</summary>
    public int? RingNumberBefore { get; init; }

    /// <summary>Ring number the item sets (ring number jobs; see <see cref="BulkPlanItem.RingNumber"/>).</summary>
    public int? RingNumber { get; init; }

    /// <summary>The skill or language the item changes when its job changes several (see <see cref="BulkPlanItem.TargetId"/>).</summary>
    public string? TargetId { get; init; }

    /// <summary>Plan note (duplicates, not found, reconciled on resume, …).</summary>
    public string? Note { get; init; }

    /// <summary>Error of a failed item (status, Genesys code, message).</summary>
    public string? Error { get; init; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
