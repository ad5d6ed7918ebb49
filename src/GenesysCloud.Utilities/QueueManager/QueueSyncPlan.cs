using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.QueueManager;

/// <summary>
/// "Make B like A" as one job: the plan adds A's people missing from B and removes B's individual members who are
/// not in A. People in B only through a member group cannot be removed by the job: they are listed in
/// <see cref="KeptViaGroup"/> with the group to change instead.
/// </summary>
/// <param name="Source">Queue A, the model.</param>
/// <param name="Target">Queue B, the queue that changes.</param>
/// <param name="Plan">The previewed <see cref="BulkOperation.SyncQueue"/> plan (adds first, then removes).</param>
/// <param name="KeptViaGroup">In B, not in A, and in B through a member group only.</param>
public sealed record QueueSyncPlan(Queue Source, Queue Target, BulkPlan Plan, IReadOnlyList<QueueMemberRow> KeptViaGroup)
{
    /// <summary>Adds the plan will send.</summary>
    public int Adds => Plan.Items.Count(i => i.Action == BulkItemAction.WillChange && !i.WasPresent);

    /// <summary>Removes the plan will send.</summary>
    public int Removes => Plan.Items.Count(i => i.Action == BulkItemAction.WillChange && i.WasPresent);
}
