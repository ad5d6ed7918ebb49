using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Routing queues: <c>/api/v2/routing/queues</c> and their members.</summary>
public sealed partial class QueuesApi
{
    /// <summary>Most members one add or remove call carries.</summary>
    public const int MaxMembersPerCall = 100;

    private const string QueuesPath = "/api/v2/routing/queues";
    private readonly GenesysCloudApi _api;

    private readonly NewQueueMemberRetry _newMemberRetry;

    internal QueuesApi(GenesysCloudApi api)
    {
        _api = api;
        _newMemberRetry = new NewQueueMemberRetry(api.Options.NewQueueMemberRetryBudget, api.Time);
    }

    /// <summary>Gets one queue (with its <c>memberGroups</c>).</summary>
    public Task<ApiResponse<Queue>> GetAsync(string queueId, CancellationToken ct = default) =>
        _api.SendAsync<Queue>(HttpMethod.Get, QueuePath(queueId), ct: ct);

    /// <summary>Queues by name: <c>*text*</c> unless <paramref name="query"/> already holds a <c>*</c> wildcard.</summary>
    public Task<IReadOnlyList<Queue>> SearchAsync(string query, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var name = query.Contains('*', StringComparison.Ordinal) ? query.Trim() : $"*{query.Trim()}*";
        return Pager.ToListAsync<Queue>(_api, QueuesPath, new Dictionary<string, string?> { ["name"] = name }, ct);
    }

    /// <summary>
    /// Every member of the queue, individual and through member groups (follows <c>nextUri</c>; this listing has no
    /// totals). For a diff of the members adds and removes change, use <see cref="GetMembersAsync(string, QueueMemberFilter, CancellationToken)"/>
    /// with <see cref="QueueMemberFilter.Individuals"/>.
    /// </summary>
    public Task<IReadOnlyList<QueueMember>> GetMembersAsync(string queueId, CancellationToken ct = default) =>
        Pager.ToListAsync<QueueMember>(_api, $"{QueuePath(queueId)}/members", null, ct);

    /// <summary>Adds users to the queue, at most 100 per call. Returns the last answer.</summary>
    public Task<ApiResponse<JsonElement>> AddMembersAsync(string queueId, IEnumerable<string> userIds, CancellationToken ct = default) =>
        ChangeMembersAsync(queueId, userIds, delete: false, ct);

    /// <summary>Removes users from the queue, at most 100 per call. Returns the last answer.</summary>
    public Task<ApiResponse<JsonElement>> RemoveMembersAsync(string queueId, IEnumerable<string> userIds, CancellationToken ct = default) =>
        ChangeMembersAsync(queueId, userIds, delete: true, ct);

    /// <summary>One add call of at most 100 users (any 2xx is success).</summary>
    public Task<ApiResponse<JsonElement>> AddMembersBatchAsync(string queueId, IReadOnlyCollection<string> userIds, CancellationToken ct = default) =>
        SendBatchAsync(queueId, userIds, delete: false, ct);

    /// <summary>
    /// One remove call of at most 100 users. The API accepts removing someone who is a member only through a member
    /// group and changes nothing: such people must be removed from the group, or the group from the queue.
    /// </summary>
    public Task<ApiResponse<JsonElement>> RemoveMembersBatchAsync(string queueId, IReadOnlyCollection<string> userIds, CancellationToken ct = default) =>
        SendBatchAsync(queueId, userIds, delete: true, ct);

    /// <summary>Streams every queue, lazily (page size up to 500).</summary>
    public IAsyncEnumerable<Queue> ListAsync(int pageSize = PageSizes.Lists, int? maxPages = null, CancellationToken ct = default) =>
        Pager.ItemsAsync<Queue>(_api, QueuesPath, null, pageSize, maxPages, ct);

    private async Task<ApiResponse<JsonElement>> ChangeMembersAsync(string queueId, IEnumerable<string> userIds, bool delete, CancellationToken ct)
    {
        var ids = GroupsApi.DistinctIds(userIds);
        ApiResponse<JsonElement> last = new(true);
        var done = 0;
        foreach (var batch in ids.Chunk(MaxMembersPerCall))
        {
            last = await SendBatchAsync(queueId, batch, delete, ct).ConfigureAwait(false);
            if (!last.Success)
                return GroupsApi.PartialFailure(last, done, ids.Length, delete ? "removed" : "added");
            done += batch.Length;
        }
        return last;
    }

    private Task<ApiResponse<JsonElement>> SendBatchAsync(string queueId, IReadOnlyCollection<string> userIds, bool delete, CancellationToken ct)
    {
        var body = GroupsApi.BatchIds(userIds, MaxMembersPerCall).Select(id => new { id }).ToArray();
        var query = new Dictionary<string, string?> { ["delete"] = delete ? "true" : "false" };
        return _api.SendAsync(HttpMethod.Post, $"{QueuePath(queueId)}/members", body, query, retrySafe: true, ct);
    }

    private static string QueuePath(string queueId) => $"{QueuesPath}/{PathSegment.Escape(queueId)}";
}
