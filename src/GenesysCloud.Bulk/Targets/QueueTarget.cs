using System.Text.Json;
using GenesysCloud.Bulk.Http;
using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Targets;

/// <summary>Queue membership: 100 users per call, adds and removes through the same POST (<c>delete=true</c>).</summary>
internal sealed class QueueTarget(ApiCaller api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    public override int BatchSize => 100;

    public override async Task LoadAsync(CancellationToken ct)
    {
        var queue = await ReadTargetAsync($"/api/v2/routing/queues/{Uri.EscapeDataString(Id)}", "Queue", ct);
        Name = WireJson.String(queue, "name") ?? Id;
    }

    public override Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        ReadMembersAsync($"/api/v2/routing/queues/{Uri.EscapeDataString(Id)}/members", ct);

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
        var body = batch.Select(i => new { id = i.UserId }).ToArray();
        var query = new Dictionary<string, string?> { ["delete"] = delete ? "true" : "false" };
        var endpoint = $"/api/v2/routing/queues/{Uri.EscapeDataString(Id)}/members";
        return Api.SendAsync((client, token) => client.SendAsync(HttpMethod.Post, endpoint, body, query, retrySafe: true, token), ct);
    }
}
