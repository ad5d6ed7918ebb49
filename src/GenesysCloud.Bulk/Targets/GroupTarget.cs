using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>
/// Group membership, 50 ids per call, diffed against the group's individual members. Adds carry the group's version:
/// it is counted forward after each accepted batch to save a read, but never relied on — the SDK re-reads and retries a
/// conflict within its budget, and after a failed batch the next one reads the version again.
/// </summary>
internal sealed class GroupTarget(GenesysCloudApi api, BulkOperation operation, string id) : BulkTarget(api, operation, id)
{
    private Group? _group;
    private int? _version;

    public override int BatchSize => GroupsApi.MaxMembersPerCall;

    public override bool ReadsWholeTarget => true;

    public override bool Sequential => true;

    private bool IsAdd => Operation == BulkOperation.AddToGroup;

    public override async Task LoadAsync(CancellationToken ct)
    {
        _group = Require(await Api.Groups.GetAsync(Id, ct), "Group");
        Name = _group.Name ?? Id;
        _version = _group.Version;
    }

    public override async Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        Present((await Api.Groups.GetIndividualsAsync(Id, ct)).Select(u => u.Id));

    /// <summary>
    /// Owners come with the group; people by rule are those in <c>/members</c> but not individuals. <c>/members</c> is read
    /// for removes whenever someone to remove is not an individual (so no remove is planned for nothing), and for adds
    /// only when the group reaches more people than its individuals.
    /// </summary>
    public override async Task<IReadOnlyDictionary<string, IndirectMembership>> ExplainAbsentAsync(IReadOnlyCollection<string> absent,
        int individualCount, CancellationToken ct)
    {
        var found = new Dictionary<string, IndirectMembership>(StringComparer.OrdinalIgnoreCase);
        if (absent.Count == 0) return found;
        var owners = (_group?.Owners ?? []).Select(o => o.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var userId in absent.Where(owners.Contains)) found[userId] = new IndirectMembership(IndirectKind.Owner);
        var rest = absent.Where(u => !found.ContainsKey(u)).ToList();
        var reachesMore = _group?.MemberCount is not { } count || count > individualCount;
        if (rest.Count == 0 || (IsAdd && !reachesMore)) return found;

        var reached = (await Api.Groups.GetMembersAsync(Id, ct)).Select(u => u.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var userId in rest.Where(reached.Contains)) found[userId] = new IndirectMembership(IndirectKind.ByRule);
        return found;
    }

    public override async Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct)
    {
        var ids = batch.Select(i => i.UserId!).ToArray();
        if (!IsAdd) return await Api.Groups.RemoveMembersBatchAsync(Id, ids, ct);

        var added = await Api.Groups.AddMembersBatchAsync(Id, ids, _version, ct);
        _version = added.Response.Success ? added.SentVersion + 1 : null;
        return added.Response;
    }
}
