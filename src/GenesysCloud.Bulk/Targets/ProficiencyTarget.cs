using System.Collections.Concurrent;
using System.Text.Json;
using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// A routing skill or language across users: one call per user (the per-user bulk PATCH sets the proficiency; DELETE
/// removes). The state comes from the directory listing when the plan lists the directory anyway (its pages ask for
/// <c>expand=skills</c> or <c>languages</c>); otherwise it is read for 100 users per call with the same expand, and users
/// a listing left unexpanded (expand is best effort) are read one by one, 50 per page.
/// </summary>
internal sealed class ProficiencyTarget : BulkTarget, IListingObserver
{
    private readonly ProficiencyOperation _kindAndVerb;
    private readonly string[] _expand;
    private ListedState _listed = new();

    public ProficiencyTarget(GenesysCloudApi api, BulkOperation operation, string id)
        : base(api, operation, id)
    {
        _kindAndVerb = ProficiencyOperation.Of(operation) ?? throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        _expand = [Kind.Expand];
    }

    public override int BatchSize => 1;

    public string Expand => Kind.Expand;

    private ProficiencyKind Kind => _kindAndVerb.Kind;

    public override async Task LoadAsync(CancellationToken ct) =>
        Name = await Kind.FindNameAsync(Api, Id, ct) ?? throw new BulkTargetNotFoundException($"{Kind.Title} {Id} was not found.");

    /// <summary>Keeps whether the listed user holds this skill or language, and at which proficiency; unexpanded users are not kept.</summary>
    public void Observe(User user)
    {
        if (Kind.Held(user) is not { } held) return;
        var listed = _listed;
        listed.Seen[user.Id] = 0;
        Keep(listed.Holders, user.Id, held);
    }

    /// <summary>
    /// Present users with their proficiency. Users observed in this plan's listing are taken from it (once: a later
    /// read, e.g. on resume, reads the org again); the rest are read.
    /// </summary>
    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var listed = Interlocked.Exchange(ref _listed, new ListedState());
        var state = new ConcurrentDictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        var toRead = new List<string>();
        foreach (var userId in userIds)
        {
            if (!listed.Seen.ContainsKey(userId)) toRead.Add(userId);
            else if (listed.Holders.TryGetValue(userId, out var level)) state[userId] = level;
        }

        var unread = new ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentReads, CancellationToken = ct };
        await Parallel.ForEachAsync(toRead.Chunk(UsersApi.MaxIdsPerCall), parallel, async (ids, token) =>
        {
            var read = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var user in await Api.Users.GetByIdsAsync(ids, _expand, token))
            {
                if (Kind.Held(user) is not { } held) continue;
                read.Add(user.Id);
                Keep(state, user.Id, held);
            }

            foreach (var userId in ids.Where(userId => !read.Contains(userId))) unread.Add(userId);
        });
        await Parallel.ForEachAsync(unread, parallel, async (userId, token) => Keep(state, userId, await Kind.ReadUserAsync(Api, userId, token)));
        return state;
    }

    public override async Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        var item = batch.Single();
        if (_kindAndVerb.Sets || item.Proficiency is not null)
            return await Kind.PatchAsync(Api, item.UserId!, [(Id, item.Proficiency!.Value)], ct);

        // Gone already (someone else removed it, or a retry after a lost answer): that is the goal, not a failure.
        var removed = await Kind.RemoveAsync(Api, item.UserId!, Id, ct);
        return removed.StatusCode == 404 ? removed with { Success = true } : removed;
    }

    private void Keep(ConcurrentDictionary<string, double?> state, string userId, IEnumerable<(string Id, double? Proficiency)> held)
    {
        if (held.FirstOrDefault(h => IsThis(h.Id)) is { Id: not null } level) state[userId] = level.Proficiency;
    }

    /// <summary>What a listing showed: the expanded users seen (their ids are the directory's own strings) and those holding this skill or language.</summary>
    private sealed class ListedState
    {
        public ConcurrentDictionary<string, byte> Seen { get; } = new(StringComparer.OrdinalIgnoreCase);

        public ConcurrentDictionary<string, double?> Holders { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private bool IsThis(string? id) => string.Equals(id, Id, StringComparison.OrdinalIgnoreCase);
}
