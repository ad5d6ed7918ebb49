using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk;

/// <summary>
/// The result of <see cref="BulkEngine.PlanAsync"/>: every identifier resolved and diffed against the target's
/// current state. Nothing has been changed. Apply it with <see cref="BulkEngine.ApplyAsync"/>.
/// </summary>
public sealed record BulkPlan
{
    /// <summary>The id the job gets when this plan is applied (known before applying, so a caller can resume it).</summary>
    public required string JobId { get; init; }

    /// <summary>The request the plan was made for (for undo plans: the inverse operation).</summary>
    public required BulkRequest Request { get; init; }

    /// <summary>Display name of the group, queue or skill.</summary>
    public required string TargetName { get; init; }

    /// <summary>One item per input identifier, in input order.</summary>
    public required IReadOnlyList<BulkPlanItem> Items { get; init; }

    /// <summary>How identifiers were resolved.</summary>
    public ResolutionStrategy Resolution { get; init; }

    /// <summary>HTTP requests planning took (resolution, target and membership reads).</summary>
    public int PlanningCalls { get; init; }

    /// <summary>Write calls applying the plan needs without retries (batches at the API maximums).</summary>
    public int EstimatedApplyCalls { get; init; }

    /// <summary>Set on undo plans: the job being undone.</summary>
    public string? UndoOfJobId { get; init; }

    /// <summary>When the plan was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The target as read while planning (keeps e.g. the group version so applying need not read it again).</summary>
    internal BulkTarget? Target { get; init; }

    /// <summary>Items that will be sent.</summary>
    public int ChangeCount => Items.Count(i => i.Action == BulkItemAction.WillChange);

    /// <summary>Number of items with the given action.</summary>
    public int Count(BulkItemAction action) => Items.Count(i => i.Action == action);
}
