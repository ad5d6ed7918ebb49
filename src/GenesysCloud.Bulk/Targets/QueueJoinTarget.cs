using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// The joined status of a queue's members: 100 per call (<c>PATCH …/members</c>). The API processes it
/// asynchronously and ignores non-members, so the engine re-reads the members after sending and reports only what
/// took effect. State: every member (individual or through a member group), 1 when joined, 0 when not.
/// </summary>
internal sealed class QueueJoinTarget(GenesysCloudApi api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    public const double Joined = 1;
    public const double Unjoined = 0;

    public override int BatchSize => QueuesApi.MaxJoinChangesPerCall;

    public override bool ReadsWholeTarget => true;

    public override bool ConfirmsEffect => true;

    public override async Task LoadAsync(CancellationToken ct) =>
        Name = Require(await Api.Queues.GetAsync(Id, ct), "Queue").Name ?? Id;

    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var state = new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in await Api.Queues.GetMembersAsync(Id, new QueueMemberFilter(), ct))
            state[member.Id] = member.Joined == true ? Joined : Unjoined;
        return state;
    }

    public override Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct) =>
        Api.Queues.SetJoinedAsync(Id, batch.Select(i => i.UserId!), Operation == BulkOperation.JoinQueue, ct);
}
