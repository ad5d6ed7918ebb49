using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// Queue membership, 100 users per call, diffed against the members the queue lists with <c>memberBy=user</c>: people
/// there through a member group cannot be removed by a member call (the API accepts it and nothing changes).
/// </summary>
internal sealed class QueueTarget(GenesysCloudApi api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
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

    /// <summary>People who are in the queue only through a member group, and which (see <see cref="QueueMemberGroups"/>).</summary>
    public override Task<IReadOnlyDictionary<string, IndirectMembership>> ExplainAbsentAsync(IReadOnlyCollection<string> absent,
        int individualCount, CancellationToken ct) => QueueMemberGroups.ExplainAsync(Api, _queue, absent, ct);

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
