using System.Collections.Concurrent;
using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// One person's routing skills and languages copied to others (<see cref="BulkOperation.CopyRouting"/>). The job's target
/// is the person copied from; each item sets or removes one skill or language (<see cref="BulkJobItem.TargetId"/>) of one
/// person. A batch sends, per person in it, one bulk PATCH per kind (skills, languages) and one DELETE per removal, so a
/// copy costs about one call per person and kind. Whether an id is a skill or a language is read from the org's lists
/// when the target loads, so a resumed or undone job needs nothing the journal does not keep.
/// </summary>
internal sealed class RoutingCopyTarget(GenesysCloudApi api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    private static readonly string[] BothExpands = [ProficiencyKind.Skill.Expand, ProficiencyKind.Language.Expand];
    private readonly Dictionary<string, (ProficiencyKind Kind, string Name)> _byId = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>At most this many items go in one batch: a person's sets of one kind then fit one bulk PATCH.</summary>
    public override int BatchSize => RoutingApi.MaxSkillsPerBulkCall;

    /// <summary>Loads the person copied from (a 404 means there is no such person) and the org's skills and languages.</summary>
    public override async Task LoadAsync(CancellationToken ct)
    {
        var source = Require(await Api.Users.GetAsync(Id, ct), "User");
        Name = source.Name ?? source.Email ?? Id;
        foreach (var skill in await Api.Routing.GetSkillsAsync(ct)) _byId[skill.Id] = (ProficiencyKind.Skill, skill.Name ?? skill.Id);
        foreach (var language in await Api.Routing.GetLanguagesAsync(ct)) _byId[language.Id] = (ProficiencyKind.Language, language.Name ?? language.Id);
    }

    /// <summary>The skill or language an id names in this org, or null.</summary>
    public (ProficiencyKind Kind, string Name)? Describe(string routingId) => _byId.TryGetValue(routingId, out var found) ? found : null;

    /// <summary>What the people hold: user id → skill or language id → proficiency (both kinds; 100 people per read).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>>> ReadHoldingsAsync(IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var holdings = new ConcurrentDictionary<string, IReadOnlyDictionary<string, double?>>(StringComparer.OrdinalIgnoreCase);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentReads, CancellationToken = ct };
        await Parallel.ForEachAsync(ids.Chunk(UsersApi.MaxIdsPerCall), parallel, async (batch, token) =>
        {
            foreach (var user in await Api.Users.GetByIdsAsync(batch, BothExpands, token))
            {
                var held = new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
                foreach (var kind in (ProficiencyKind[])[ProficiencyKind.Skill, ProficiencyKind.Language])
                {
                    // Expand is best effort: a kind the listing left out is read for that user alone.
                    foreach (var (heldId, level) in kind.Held(user) ?? await kind.ReadUserAsync(Api, user.Id, token)) held[heldId] = level;
                }

                holdings[user.Id] = held;
            }
        });
        return holdings;
    }

    /// <summary>Present (person, skill or language) pairs, keyed by <see cref="StateKey"/>.</summary>
    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var state = new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (userId, held) in await ReadHoldingsAsync(userIds, ct))
        {
            foreach (var (heldId, level) in held) state[StateKey(userId, heldId)] = level;
        }

        return state;
    }

    public override string StateKey(string userId, string? itemTargetId) => $"{userId}/{itemTargetId}";

    /// <summary>One call per person and kind set, plus one per removal.</summary>
    public override int EstimateCalls(IReadOnlyCollection<BulkPlanItem> changes) =>
        changes.Where(i => i.Proficiency is not null).Select(i => (i.UserId, Describe(i.TargetId!)?.Kind)).Distinct().Count()
        + changes.Count(i => i.Proficiency is null);

    /// <summary>
    /// Per person in the batch: their sets of each kind in one bulk PATCH, then each removal (one already gone counts as
    /// done). Stops at the first failure; resuming re-reads the org, so what did go through is not sent again.
    /// </summary>
    public override async Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        ApiResponse<JsonElement> last = new(true);
        foreach (var person in batch.GroupBy(i => i.UserId!, StringComparer.OrdinalIgnoreCase))
        {
            if (person.FirstOrDefault(i => Describe(i.TargetId ?? "") is null) is { } unknown)
                return new ApiResponse<JsonElement>(false, default, $"'{unknown.TargetId}' is neither a routing skill nor a routing language of this org any more.", 404);
            foreach (var kind in person.Where(i => i.Proficiency is not null).GroupBy(i => Describe(i.TargetId!)!.Value.Kind))
            {
                foreach (var chunk in kind.Chunk(kind.Key.MaxPerPatch))
                {
                    last = await kind.Key.PatchAsync(Api, person.Key, [.. chunk.Select(i => (i.TargetId!, i.Proficiency!.Value))], ct);
                    if (!last.Success) return last;
                }
            }

            foreach (var removal in person.Where(i => i.Proficiency is null))
            {
                last = await Describe(removal.TargetId!)!.Value.Kind.RemoveAsync(Api, person.Key, removal.TargetId!, ct);
                if (last.StatusCode == 404) last = last with { Success = true };
                if (!last.Success) return last;
            }
        }

        return last;
    }
}
