using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.QueueManager;

/// <summary>The changes that make queue B like queue A, before planning.</summary>
/// <param name="Comparison">Who is in A, B or both.</param>
/// <param name="Adds">In A, not in B at all: added to B.</param>
/// <param name="Removes">B's individual members who are not in A: removed from B.</param>
/// <param name="KeptViaGroup">In B only through a member group and not in A: only the group (or B's member groups) can change that.</param>
public sealed record QueueSync(QueueComparison Comparison, IReadOnlyList<QueueMemberRow> Adds, IReadOnlyList<QueueMemberRow> Removes,
    IReadOnlyList<QueueMemberRow> KeptViaGroup)
{
    /// <summary>The user ids to plan, adds first (so an interrupted job has added before it removed).</summary>
    public IReadOnlyList<string> UserIds => [.. Adds.Select(r => r.UserId), .. Removes.Select(r => r.UserId)];

    /// <summary>The engine request for <paramref name="userIds"/> (a subset of <see cref="UserIds"/>, in any order).</summary>
    public BulkRequest Request(IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var removes = Removes.Select(r => r.UserId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new BulkRequest(BulkOperation.SyncQueue, Comparison.QueueB.Id, userIds)
        {
            RowOperations = [.. userIds.Select(id => removes.Contains(id) ? BulkOperation.RemoveFromQueue : BulkOperation.AddToQueue)],
        };
    }
}
