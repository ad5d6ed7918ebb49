using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// Queue membership, 100 users per call, diffed against the members the queue lists with <c>memberBy=user</c>: people
/// there through a member group cannot be removed by a member call (the API accepts it and nothing changes).
/// </summary>
internal sealed class QueueTarget(GenesysCloudApi api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    private const string GroupType = "GROUP";
    private Queue? _queue;

    public override int BatchSize => QueuesApi.MaxMembersPerCall;

    public override bool ReadsWholeTarget => true;

    public override async Task LoadAsync(CancellationToken ct)
    {
        _queue = Require(await Api.Queues.GetAsync(Id, ct), "Queue");
        Name = _queue.Name ?? Id;
    }

    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        Present((await Api.Queues.GetMembersAsync(Id, QueueMemberFilter.Individuals, ct)).Select(m => m.Id));

    /// <summary>
    /// People listed with <c>memberBy=group</c> are members through the queue's member groups; the group that brings each
    /// one is found by reading the members of the queue's GROUP member groups (teams and skill groups are named together).
    /// Nothing is read when the queue has no member groups.
    /// </summary>
    public override async Task<IReadOnlyDictionary<string, IndirectMembership>> ExplainAbsentAsync(IReadOnlyCollection<string> absent,
        int individualCount, CancellationToken ct)
    {
        var found = new Dictionary<string, IndirectMembership>(StringComparer.OrdinalIgnoreCase);
        if (absent.Count == 0 || _queue?.MemberGroups is not { Count: > 0 } memberGroups) return found;
        var viaGroups = (await Api.Queues.GetMembersAsync(Id, QueueMemberFilter.ThroughGroups, ct)).Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pending = absent.Where(viaGroups.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in memberGroups.Where(g => string.Equals(g.Type, GroupType, StringComparison.OrdinalIgnoreCase)))
        {
            if (pending.Count == 0) break;
            var members = (await Api.Groups.GetMembersAsync(group.Id, ct)).Select(u => u.Id);
            foreach (var userId in members.Where(pending.Contains).ToList())
            {
                found[userId] = new IndirectMembership(IndirectKind.ViaGroup, group.Name ?? group.Id);
                pending.Remove(userId);
            }
        }

        var names = string.Join(", ", memberGroups.Select(g => $"'{g.Name ?? g.Id}'"));
        foreach (var userId in pending) found[userId] = new IndirectMembership(IndirectKind.ViaMemberGroups, names);
        return found;
    }

    /// <summary>Sends one batch; in a <see cref="BulkOperation.SyncQueue"/> job its removes and adds go as two calls.</summary>
    public override async Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        ApiResponse<JsonElement> last = new(true);
        foreach (var direction in batch.GroupBy(i => TargetGoal.RowOperation(Operation, i.WasPresent) == BulkOperation.RemoveFromQueue))
        {
            last = await SendAsync([.. direction], delete: direction.Key, ct);
            if (!last.Success) return last;
        }

        return last;
    }

    private Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, bool delete, CancellationToken ct)
    {
        var ids = batch.Select(i => i.UserId!).ToArray();
        return delete ? Api.Queues.RemoveMembersBatchAsync(Id, ids, ct) : Api.Queues.AddMembersBatchAsync(Id, ids, ct);
    }
}
