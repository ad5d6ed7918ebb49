namespace GenesysCloud.Utilities.GroupManager;

/// <summary>The per-row report of an applied preview.</summary>
/// <param name="Change">Add or remove.</param>
/// <param name="Rows">One result per change that was to be sent.</param>
/// <param name="Cancelled">True when the run stopped early because it was cancelled.</param>
public sealed record MembershipApplyResult(MembershipChange Change, IReadOnlyList<ApplyRowResult> Rows, bool Cancelled)
{
    /// <summary>The journal id of the bulk job that applied the changes, when it was journaled.</summary>
    public string? JobId { get; init; }

    /// <summary>Number of changes made.</summary>
    public int Applied => Rows.Count(r => r.Outcome == ApplyOutcome.Applied);

    /// <summary>Number of changes the API refused.</summary>
    public int Failed => Rows.Count(r => r.Outcome == ApplyOutcome.Failed);

    /// <summary>Number of changes that were being sent when the run was cancelled (resume the job to confirm them).</summary>
    public int Unknown => Rows.Count(r => r.Outcome == ApplyOutcome.Unknown);

    /// <summary>Number of changes not sent because of cancellation.</summary>
    public int NotApplied => Rows.Count(r => r.Outcome == ApplyOutcome.NotApplied);
}
