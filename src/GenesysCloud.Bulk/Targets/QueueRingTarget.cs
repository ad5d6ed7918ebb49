using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// The ring number of a queue's individual members: one <c>PATCH …/members/{memberId}</c> per member. The answer may
/// only mean "accepted" (FACTS §4 leaves it unconfirmed), so the engine re-reads the members before it reports one set.
/// State: each individual member's ring number. People in the queue only through a member group are explained, not
/// changed: their ring comes with the member group.
/// </summary>
internal sealed class QueueRingTarget(GenesysCloudApi api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    private Queue? _queue;

    public override int BatchSize => 1;

    public override bool ConfirmsEffect => true;

    public override bool ReadsWholeTarget => true;

    public override async Task LoadAsync(CancellationToken ct)
    {
        _queue = Require(await Api.Queues.GetAsync(Id, ct), "Queue");
        Name = _queue.Name ?? Id;
    }

    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var state = new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in await Api.Queues.GetMembersAsync(Id, QueueMemberFilter.Individuals, ct))
            state[member.Id] = member.RingNumber;
        return state;
    }

    public override Task<IReadOnlyDictionary<string, IndirectMembership>> ExplainAbsentAsync(IReadOnlyCollection<string> absent,
        int individualCount, CancellationToken ct) => QueueMemberGroups.ExplainAsync(Api, _queue, absent, ct);

    public override Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        var item = batch.Single();
        return Api.Queues.SetRingNumberAsync(Id, item.UserId!, item.RingNumber!.Value, ct);
    }
}
