using System.Globalization;
using System.Text.Json;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Queue member listings by how people belong, and the joined status and ring number of members.</summary>
public sealed partial class QueuesApi
{
    /// <summary>Most members one join/unjoin call carries.</summary>
    public const int MaxJoinChangesPerCall = 100;

    /// <summary>Every member matching <paramref name="filter"/> (e.g. <see cref="QueueMemberFilter.Individuals"/> for a diff).</summary>
    public Task<IReadOnlyList<QueueMember>> GetMembersAsync(string queueId, QueueMemberFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["memberBy"] = filter.MemberBy,
            ["joined"] = filter.Joined is { } joined ? joined.ToString(CultureInfo.InvariantCulture).ToLowerInvariant() : null,
        };
        return Pager.ToListAsync<QueueMember>(_api, $"{QueuePath(queueId)}/members", query, ct);
    }

    /// <summary>
    /// Joins or unjoins members, at most 100 per call (<c>PATCH …/members</c>). The service processes this
    /// asynchronously and ignores non-members: a success means "accepted", so re-read the members to see what took
    /// effect. Returns the last answer.
    /// </summary>
    public async Task<ApiResponse<JsonElement>> SetJoinedAsync(string queueId, IEnumerable<string> userIds, bool joined, CancellationToken ct = default)
    {
        var ids = GroupsApi.DistinctIds(userIds);
        var path = $"{QueuePath(queueId)}/members";
        ApiResponse<JsonElement> last = new(true);
        var done = 0;
        foreach (var batch in ids.Chunk(MaxJoinChangesPerCall))
        {
            last = await _api.PatchAsync(path, batch.Select(id => new { id, joined }).ToArray(), ct).ConfigureAwait(false);
            if (!last.Success)
                return GroupsApi.PartialFailure(last, done, ids.Length, joined ? "joined" : "unjoined");
            done += batch.Length;
        }
        return last;
    }

    /// <summary>Lowest ring number of a queue member (the ring a new member is on).</summary>
    public const int MinRingNumber = 1;

    /// <summary>Highest ring number of a queue member (Genesys's Terraform provider validates 1–6; bullseye routing has six rings).</summary>
    public const int MaxRingNumber = 6;

    /// <summary>
    /// Sets one individual member's ring number, <see cref="MinRingNumber"/>–<see cref="MaxRingNumber"/>
    /// (<c>PATCH …/members/{memberId}</c>, one member per call). A success may only mean "accepted": re-read the members to see it.
    /// A 404 is retried within <see cref="GenesysApiOptions.NewQueueMemberRetryBudget"/>, since a member added moments ago
    /// can still be unknown there; after it, the 404 says the person is not an individual member.
    /// </summary>
    public Task<ApiResponse<JsonElement>> SetRingNumberAsync(string queueId, string userId, int ringNumber, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfLessThan(ringNumber, MinRingNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ringNumber, MaxRingNumber);
        var path = $"{QueuePath(queueId)}/members/{PathSegment.Escape(userId)}";
        return _newMemberRetry.ExecuteAsync(token => _api.PatchAsync(path, new { ringNumber }, token), queueId, userId, ct);
    }
}
