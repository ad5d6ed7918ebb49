using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Routing queues: <c>/api/v2/routing/queues</c> and their members.</summary>
public sealed partial class QueuesApi
{
    /// <summary>Most members one add or remove call carries.</summary>
    public const int MaxMembersPerCall = 100;

    private readonly GenesysCloudApi _api;

    internal QueuesApi(GenesysCloudApi api) => _api = api;

    /// <summary>Gets one queue.</summary>
    public Task<ApiResponse<Queue>> GetAsync(string queueId, CancellationToken ct = default) =>
        _api.SendAsync<Queue>(HttpMethod.Get, QueuePath(queueId), ct: ct);

    /// <summary>Queues by name: <c>*text*</c> unless <paramref name="query"/> already holds a <c>*</c> wildcard.</summary>
    public Task<IReadOnlyList<Queue>> SearchAsync(string query, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var name = query.Contains('*', StringComparison.Ordinal) ? query.Trim() : $"*{query.Trim()}*";
        return Pager.ToListAsync<Queue>(_api, "/api/v2/routing/queues", new Dictionary<string, string?> { ["name"] = name }, ct);
    }

    /// <summary>Every member of the queue (follows <c>nextUri</c>; this listing has no totals).</summary>
    public Task<IReadOnlyList<QueueMember>> GetMembersAsync(string queueId, CancellationToken ct = default) =>
        Pager.ToListAsync<QueueMember>(_api, $"{QueuePath(queueId)}/members", null, ct);

    /// <summary>Adds users to the queue, at most 100 per call. Returns the last answer.</summary>
    public Task<ApiResponse<JsonElement>> AddMembersAsync(string queueId, IEnumerable<string> userIds, CancellationToken ct = default) =>
        ChangeMembersAsync(queueId, userIds, delete: false, ct);

    /// <summary>Removes users from the queue, at most 100 per call. Returns the last answer.</summary>
    public Task<ApiResponse<JsonElement>> RemoveMembersAsync(string queueId, IEnumerable<string> userIds, CancellationToken ct = default) =>
        ChangeMembersAsync(queueId, userIds, delete: true, ct);

    /// <summary>Streams every queue, lazily.</summary>
    public IAsyncEnumerable<Queue> ListAsync(int pageSize = 100, int? maxPages = null, CancellationToken ct = default) =>
        Pager.ItemsAsync<Queue>(_api, "/api/v2/routing/queues", null, pageSize, maxPages, ct);

    private async Task<ApiResponse<JsonElement>> ChangeMembersAsync(string queueId, IEnumerable<string> userIds, bool delete, CancellationToken ct)
    {
        var ids = GroupsApi.DistinctIds(userIds);
        var path = $"{QueuePath(queueId)}/members";
        var query = new Dictionary<string, string?> { ["delete"] = delete ? "true" : "false" };
        ApiResponse<JsonElement> last = new(true);
        var done = 0;
        foreach (var batch in ids.Chunk(MaxMembersPerCall))
        {
            last = await _api.SendAsync(HttpMethod.Post, path, batch.Select(id => new { id }).ToArray(), query, retrySafe: true, ct)
                .ConfigureAwait(false);
            if (!last.Success)
                return GroupsApi.PartialFailure(last, done, ids.Length, delete ? "removed" : "added");
            done += batch.Length;
        }
        return last;
    }

    private static string QueuePath(string queueId) => $"/api/v2/routing/queues/{PathSegment.Escape(queueId)}";
}
