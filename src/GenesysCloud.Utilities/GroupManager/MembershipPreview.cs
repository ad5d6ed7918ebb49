using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.GroupManager;

/// <summary>
/// Everything a membership change will do, row by row, before anything is sent. Only rows marked
/// <see cref="PreviewStatus.WillAdd"/> or <see cref="PreviewStatus.WillRemove"/> are applied.
/// </summary>
/// <param name="GroupId">The target group.</param>
/// <param name="GroupName">The target group's name.</param>
/// <param name="Change">Add or remove.</param>
/// <param name="Rows">One row per input row, in input order.</param>
public sealed record MembershipPreview(string GroupId, string? GroupName, MembershipChange Change, IReadOnlyList<PreviewRow> Rows)
{
    /// <summary>The bulk engine's plan behind the preview; applying it journals it as job <c>Plan.JobId</c>.</summary>
    public BulkPlan? Plan { get; init; }

    /// <summary>Set when the input held spreadsheet-formula cells: the whole input is refused.</summary>
    public string? BlockedReason { get; init; }

    /// <summary>The rows that applying sends.</summary>
    public IReadOnlyList<PreviewRow> Changes { get; } = Rows.Where(r => r.IsChange).ToArray();

    /// <summary>True when there is something to send and nothing blocks it.</summary>
    public bool CanApply => Changes.Count > 0 && BlockedReason is null;

    /// <summary>Number of rows with the given status.</summary>
    public int Count(PreviewStatus status) => Rows.Count(r => r.Status == status);
}
