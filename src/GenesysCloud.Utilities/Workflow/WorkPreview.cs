using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// Everything a bulk change will do, row by row, before anything is sent: the input's rows with the plan's
/// decision, user and note. Only <see cref="RowState.WillChange"/> rows are applied.
/// </summary>
/// <param name="Change">What the utility asked for.</param>
/// <param name="Source">Where the input came from.</param>
/// <param name="Rows">One row per input row, in input order.</param>
/// <param name="Plan">The engine's plan; applying it journals it as job <c>Plan.JobId</c>.</param>
public sealed record WorkPreview(BulkChange Change, string Source, IReadOnlyList<WorkRow> Rows, BulkPlan Plan)
{
    /// <summary>Set when the input must not be applied at all.</summary>
    public string? BlockedReason { get; init; }

    /// <summary>The rows that applying sends.</summary>
    public int ChangeCount => Rows.Count(r => r.IsChange);

    /// <summary>The plan items that applying sends: <see cref="ChangeCount"/> unless rows stand for several items (a copy).</summary>
    public int ItemChangeCount => Plan.ChangeCount;

    /// <summary>True when there is something to send and nothing blocks it.</summary>
    public bool CanApply => ChangeCount > 0 && BlockedReason is null;

    /// <summary>Number of rows in the given state.</summary>
    public int Count(RowState state) => Rows.Count(r => r.State == state);
}
