namespace GenesysCloud.Utilities.GroupManager;

/// <summary>One row of a membership preview: the input as given and what applying will do with it.</summary>
/// <param name="Row">The line of the pasted text or CSV file; null for users picked from search or the grid.</param>
/// <param name="Input">The identifier as given (or the picked user's email/name).</param>
/// <param name="Status">What applying will do.</param>
/// <param name="UserId">The resolved user, when found.</param>
/// <param name="UserName">The resolved user's name, when found.</param>
/// <param name="Note">Why the row will not be applied (invalid email reason, "repeats line 3").</param>
public sealed record PreviewRow(int? Row, string Input, PreviewStatus Status, string? UserId = null, string? UserName = null, string? Note = null)
{
    /// <summary>The item of the bulk plan this row maps to; null for rows the plan never saw (invalid, repeated).</summary>
    public int? PlanIndex { get; init; }

    /// <summary>True when applying sends this row.</summary>
    public bool IsChange => Status is PreviewStatus.WillAdd or PreviewStatus.WillRemove;
}
