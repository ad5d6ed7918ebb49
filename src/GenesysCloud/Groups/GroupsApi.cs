using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Groups: <c>/api/v2/groups</c>, search and membership.</summary>
public sealed partial class GroupsApi
{
    /// <summary>Most member ids one add or remove call carries.</summary>
    public const int MaxMembersPerCall = 50;

    private const string GroupsPath = "/api/v2/groups";
    private readonly GenesysCloudApi _api;
    private readonly VersionReadLag _readLag;

    internal GroupsApi(GenesysCloudApi api)
    {
        _api = api;
        _readLag = new VersionReadLag(api.Time);
    }

    /// <summary>Gets one group (with its current <c>version</c>, as far as reads have caught up with writes).</summary>
    public Task<ApiResponse<Group>> GetAsync(string groupId, CancellationToken ct = default) =>
        _api.SendAsync<Group>(HttpMethod.Get, GroupPath(groupId), ct: ct);

    /// <summary>
    /// The group's version as a read returns it now. Reads may lag behind writes, so a version read right after a
    /// change can be stale: a member add that gets a conflict with it must re-read and retry.
    /// </summary>
    public async Task<ApiResponse<int>> GetVersionAsync(string groupId, CancellationToken ct = default)
    {
        var group = await GetAsync(groupId, ct).ConfigureAwait(false);
        if (!group.Success)
            return group.AsFailure<int>();
        return group.Data?.Version is { } version
            ? new ApiResponse<int>(true, version, null, group.StatusCode) { ContextId = group.ContextId }
            : new ApiResponse<int>(false, 0, $"Group {groupId} was read without a version.", group.StatusCode) { ContextId = group.ContextId };
    }

    /// <summary>Groups whose name contains <paramref name="query"/>; every page.</summary>
    public Task<IReadOnlyList<Group>> SearchAsync(string query, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return SearchPager.SearchAllAsync<Group>(_api, $"{GroupsPath}/search",
            [new { type = "CONTAINS", fields = new[] { "name" }, value = query.Trim() }], ct);
    }

    /// <summary>
    /// Everyone the group reaches (<c>/members</c>): individual members, owners and people included by rules. Use it to
    /// show who the group reaches; diff membership against <see cref="GetIndividualsAsync"/>.
    /// </summary>
    public Task<IReadOnlyList<User>> GetMembersAsync(string groupId, CancellationToken ct = default) =>
        Pager.ToListAsync<User>(_api, $"{GroupPath(groupId)}/members", null, ct);

    /// <summary>The group's individual members only (<c>/individuals</c>): the people member adds and removes change.</summary>
    public Task<IReadOnlyList<User>> GetIndividualsAsync(string groupId, CancellationToken ct = default) =>
        Pager.ToListAsync<User>(_api, $"{GroupPath(groupId)}/individuals", null, ct);

    /// <summary>
    /// Adds members: reads the version, sends at most 50 ids per call with <see cref="AddMembersBatchAsync"/>, and counts
    /// the version forward after each accepted batch (a conflict re-reads it). Returns the last answer; on failure the
    /// error says how many ids were added before it.
    /// </summary>
    public async Task<ApiResponse<JsonElement>> AddMembersAsync(string groupId, IEnumerable<string> memberIds, CancellationToken ct = default)
    {
        var ids = DistinctIds(memberIds);
        if (ids.Length == 0)
            return new ApiResponse<JsonElement>(true);
        int? version = null;
        var added = 0;
        ApiResponse<JsonElement> last = new(true);
        foreach (var batch in ids.Chunk(MaxMembersPerCall))
        {
            var result = await AddMembersBatchAsync(groupId, batch, version, ct).ConfigureAwait(false);
            last = result.Response;
            if (!last.Success)
                return PartialFailure(last, added, ids.Length, "added");
            version = result.SentVersion + 1;
            added += batch.Length;
        }
        return last;
    }

    /// <summary>
    /// One add call of at most 50 ids carrying <paramref name="version"/> (read first when null). A version conflict —
    /// 409, 408, or a 400 saying it "does not match the current version" — re-reads the version and retries with
    /// backoff and jitter within <see cref="GenesysApiOptions.ConflictRetryBudget"/>; a re-read that returns a version
    /// already refused, or one below <paramref name="version"/> − 1, is stale (reads lag; versions never go down), so it
    /// is not sent but read again after the next wait; the first re-read after a conflict waits as long as reads last
    /// lagged behind writes the last time. Before any re-read, the first conflict tries the next version at once
    /// (someone else's one edit). Pass a version the group had (read, or counted forward from an accepted
    /// add), or null to read it.
    /// </summary>
    public async Task<GroupAddResult> AddMembersBatchAsync(string groupId, IReadOnlyCollection<string> memberIds, int? version,
        CancellationToken ct = default)
    {
        var ids = BatchIds(memberIds, MaxMembersPerCall);
        var path = $"{GroupPath(groupId)}/members";
        var refused = new HashSet<int>();
        // Versions never go down: a read below the one before the version given (the last accepted, when counted forward) is stale.
        var lowestCurrent = version - 1;
        ApiResponse<JsonElement>? lastConflict = null;
        int? next = version, sent = null;
        long? conflictAt = null;
        var staleReads = 0;
        var guessed = false;
        Task<ApiResponse<JsonElement>> Send(int candidate, CancellationToken token) =>
            _api.SendCoreAsync(HttpMethod.Post, path, new { memberIds = ids, version = candidate }, null, retrySafe: true, token);
        var response = await _api.Conflicts.ExecuteAsync(async token =>
        {
            if (next is not { } candidate || refused.Contains(candidate))
            {
                if (conflictAt is { } since && staleReads == 0)
                    await _readLag.WaitBeforeRereadAsync(since, token).ConfigureAwait(false);
                var read = await GetVersionAsync(groupId, token).ConfigureAwait(false);
                if (!read.Success)
                    return read.AsFailure<JsonElement>();
                if ((refused.Contains(read.Data) || read.Data < lowestCurrent) && lastConflict is not null)
                {
                    staleReads++;
                    return lastConflict;
                }
                if (conflictAt is { } at)
                    _readLag.Saw(_api.Time.GetElapsedTime(at));
                candidate = read.Data;
            }
            sent = candidate;
            var answer = await Send(candidate, token).ConfigureAwait(false);
            if (ConflictRetry.IsConflict(answer) && !guessed && CurrentVersionIn(answer) is null)
            {
                // Someone else's one edit is the likeliest conflict: the next version, at once, costs one call; reading
                // the version costs a wait until reads catch up. A wrong guess is refused like any stale version.
                guessed = true;
                refused.Add(candidate);
                sent = ++candidate;
                answer = await Send(candidate, token).ConfigureAwait(false);
            }
            if (ConflictRetry.IsConflict(answer))
            {
                refused.Add(candidate);
                lastConflict = answer;
                next = CurrentVersionIn(answer);
                (conflictAt, staleReads) = (_api.Time.GetTimestamp(), 0);
            }
            return answer;
        }, ct).ConfigureAwait(false);
        return new GroupAddResult(response, sent, refused.Count);
    }

    /// <summary>Removes members, at most 50 ids per call. Returns the last answer.</summary>
    public async Task<ApiResponse<JsonElement>> RemoveMembersAsync(string groupId, IEnumerable<string> memberIds, CancellationToken ct = default)
    {
        var ids = DistinctIds(memberIds);
        ApiResponse<JsonElement> last = new(true);
        var removed = 0;
        foreach (var batch in ids.Chunk(MaxMembersPerCall))
        {
            last = await RemoveMembersBatchAsync(groupId, batch, ct).ConfigureAwait(false);
            if (!last.Success)
                return PartialFailure(last, removed, ids.Length, "removed");
            removed += batch.Length;
        }
        return last;
    }

    /// <summary>
    /// One delete call of at most 50 ids (<c>DELETE …/members?ids=a,b</c>); a 409 or version mismatch is retried with
    /// backoff within <see cref="GenesysApiOptions.ConflictRetryBudget"/>. Removing someone who is not an individual
    /// member (an owner, a member by rule) is accepted and changes nothing.
    /// </summary>
    public Task<ApiResponse<JsonElement>> RemoveMembersBatchAsync(string groupId, IReadOnlyCollection<string> memberIds, CancellationToken ct = default)
    {
        var query = new Dictionary<string, string?> { ["ids"] = string.Join(',', BatchIds(memberIds, MaxMembersPerCall)) };
        var path = $"{GroupPath(groupId)}/members";
        return _api.Conflicts.ExecuteAsync(token => _api.DeleteAsync(path, query, token), ct);
    }

    /// <summary>Streams every group, lazily (page size up to 500).</summary>
    public IAsyncEnumerable<Group> ListAsync(int pageSize = PageSizes.Lists, int? maxPages = null, CancellationToken ct = default) =>
        Pager.ItemsAsync<Group>(_api, GroupsPath, null, pageSize, maxPages, ct);

    private static string GroupPath(string groupId) => $"{GroupsPath}/{PathSegment.Escape(groupId)}";

    internal static string[] DistinctIds(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToArray();
    }

    internal static string[] BatchIds(IReadOnlyCollection<string> ids, int max)
    {
        var distinct = DistinctIds(ids);
        if (distinct.Length == 0)
            throw new ArgumentException("A batch needs at least one id.", nameof(ids));
        if (distinct.Length > max)
            throw new ArgumentException($"A batch holds at most {max} ids; it held {distinct.Length}.", nameof(ids));
        return distinct;
    }

    internal static ApiResponse<JsonElement> PartialFailure(ApiResponse<JsonElement> failure, int done, int total, string verb) =>
        done == 0 ? failure : failure with { Error = $"{failure.Error} ({done} of {total} members {verb} before this failure)" };

    /// <summary>The 400 form of a stale version names the current one ("… does not match the current version 9").</summary>
    private static int? CurrentVersionIn(ApiResponse<JsonElement> conflict) =>
        conflict.Error is { } message && CurrentVersion().Match(message) is { Success: true } match &&
        int.TryParse(match.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
            ? version : null;

    [GeneratedRegex(@"current version (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentVersion();
}
