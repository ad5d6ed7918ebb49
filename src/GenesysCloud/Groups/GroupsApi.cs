using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Groups: <c>/api/v2/groups</c>, search and membership.</summary>
public sealed class GroupsApi
{
    /// <summary>Most member ids one add or remove call carries.</summary>
    public const int MaxMembersPerCall = 50;

    /// <summary>How often one batch is retried after a version conflict before giving up.</summary>
    public const int MaxVersionRetries = 5;

    private readonly GenesysCloudApi _api;

    internal GroupsApi(GenesysCloudApi api) => _api = api;

    /// <summary>Gets one group (with its current <c>version</c>).</summary>
    public Task<ApiResponse<Group>> GetAsync(string groupId, CancellationToken ct = default) =>
        _api.SendAsync<Group>(HttpMethod.Get, GroupPath(groupId), ct: ct);

    /// <summary>Groups whose name contains <paramref name="query"/>; every page.</summary>
    public Task<IReadOnlyList<Group>> SearchAsync(string query, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return SearchPager.SearchAllAsync<Group>(_api, "/api/v2/groups/search",
            [new { type = "CONTAINS", fields = new[] { "name" }, value = query.Trim() }], ct);
    }

    /// <summary>Every member of the group (users).</summary>
    public Task<IReadOnlyList<User>> GetMembersAsync(string groupId, CancellationToken ct = default) =>
        Pager.ToListAsync<User>(_api, $"{GroupPath(groupId)}/members", null, ct);

    /// <summary>
    /// Adds members: reads the group's version once, sends at most 50 ids per call, assumes version + 1 after
    /// each success, and re-reads the version only after a 409 (or 400 "does not match the current version").
    /// Returns the last answer; on failure the error says how many ids were added before it.
    /// </summary>
    public async Task<ApiResponse<JsonElement>> AddMembersAsync(string groupId, IEnumerable<string> memberIds, CancellationToken ct = default)
    {
        var ids = DistinctIds(memberIds);
        var path = GroupPath(groupId);
        if (ids.Length == 0)
            return new ApiResponse<JsonElement>(true);
        var group = await GetAsync(groupId, ct).ConfigureAwait(false);
        if (!group.Success)
            return group.AsFailure<JsonElement>();
        var version = group.Data?.Version;
        var added = 0;
        ApiResponse<JsonElement> last = new(true);
        foreach (var batch in ids.Chunk(MaxMembersPerCall))
        {
            for (var conflicts = 0; ; conflicts++)
            {
                last = await _api.SendAsync(HttpMethod.Post, $"{path}/members", new { memberIds = batch, version }, null, retrySafe: true, ct)
                    .ConfigureAwait(false);
                if (last.Success)
                {
                    version++;
                    added += batch.Length;
                    break;
                }
                if (!IsVersionConflict(last) || conflicts >= MaxVersionRetries)
                    return PartialFailure(last, added, ids.Length, "added");
                var reread = await GetAsync(groupId, ct).ConfigureAwait(false);
                if (!reread.Success)
                    return PartialFailure(reread.AsFailure<JsonElement>(), added, ids.Length, "added");
                version = reread.Data?.Version;
            }
        }
        return last;
    }

    /// <summary>Removes members, at most 50 ids per call. Returns the last answer.</summary>
    public async Task<ApiResponse<JsonElement>> RemoveMembersAsync(string groupId, IEnumerable<string> memberIds, CancellationToken ct = default)
    {
        var ids = DistinctIds(memberIds);
        var path = $"{GroupPath(groupId)}/members";
        ApiResponse<JsonElement> last = new(true);
        var removed = 0;
        foreach (var batch in ids.Chunk(MaxMembersPerCall))
        {
            last = await _api.DeleteAsync(path, new Dictionary<string, string?> { ["ids"] = string.Join(',', batch) }, ct).ConfigureAwait(false);
            if (!last.Success)
                return PartialFailure(last, removed, ids.Length, "removed");
            removed += batch.Length;
        }
        return last;
    }

    /// <summary>Streams every group, lazily.</summary>
    public IAsyncEnumerable<Group> ListAsync(int pageSize = 100, int? maxPages = null, CancellationToken ct = default) =>
        Pager.ItemsAsync<Group>(_api, "/api/v2/groups", null, pageSize, maxPages, ct);

    private static string GroupPath(string groupId) => $"/api/v2/groups/{PathSegment.Escape(groupId)}";

    internal static string[] DistinctIds(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static bool IsVersionConflict(ApiResponse<JsonElement> response) =>
        response.StatusCode == 409 ||
        (response.StatusCode == 400 && response.Error?.Contains("does not match the current version", StringComparison.OrdinalIgnoreCase) == true);

    internal static ApiResponse<JsonElement> PartialFailure(ApiResponse<JsonElement> failure, int done, int total, string verb) =>
        done == 0 ? failure : failure with { Error = $"{failure.Error} ({done} of {total} members {verb} before this failure)" };
}
