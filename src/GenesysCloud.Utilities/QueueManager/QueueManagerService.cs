using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.QueueManager;

/// <summary>
/// Queue Manager's logic, free of UI and shared by the web app and <c>gcutil queues</c>: read a queue's people and
/// how each belongs, compare two queues, and plan membership and joined-status changes through the bulk engine
/// (previewed, journaled, 100 per call, resumable, undoable). Planning changes nothing; <see cref="ApplyAsync"/> does.
/// </summary>
public sealed class QueueManagerService
{
    private readonly GenesysCloudApi _api;
    private readonly BulkEngine _engine;
    private readonly string? _requestedBy;

    /// <summary>Creates the service over a connected client and the connection's engine.</summary>
    /// <param name="api">The connected client (reads).</param>
    /// <param name="engine">The bulk engine of the same org (plans and jobs).</param>
    /// <param name="requestedBy">Who makes the changes, for the journal.</param>
    public QueueManagerService(GenesysCloudApi api, BulkEngine engine, string? requestedBy = null)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _requestedBy = requestedBy;
    }

    /// <summary>The Genesys permissions Queue Manager needs.</summary>
    public static IReadOnlyList<string> Permissions { get; } =
        ["routing:queue:view", "routing:queueMember:manage", "directory:user:view", "directory:group:view"];

    /// <summary>Queues whose name contains the text (empty: the first page, to browse).</summary>
    public async Task<IReadOnlyList<Queue>> SearchQueuesAsync(string text, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(text))
            return await _api.Queues.SearchAsync(text, ct);
        var first = new List<Queue>();
        await foreach (var queue in _api.Queues.ListAsync(pageSize: 25, maxPages: 1, ct)) first.Add(queue);
        return first;
    }

    /// <summary>One queue with its member groups. Throws <see cref="GenesysApiException"/> when it cannot be read.</summary>
    public async Task<Queue> GetQueueAsync(string queueId, CancellationToken ct = default) =>
        (await _api.Queues.GetAsync(queueId, ct)).EnsureSuccess() ?? throw new GenesysApiException($"Queue {queueId} came back empty.");

    /// <summary>
    /// Everyone in the queue, by name: directly, via which member group (the queue's <c>memberGroups</c> of type
    /// GROUP are read to name it), joined or not, ring number.
    /// </summary>
    public async Task<IReadOnlyList<QueueMemberRow>> GetMembersAsync(Queue queue, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var entries = await _api.Queues.GetMembersAsync(queue.Id, new QueueMemberFilter(), ct);
        var viaGroup = await GroupsOfMembersAsync(queue, ct);
        return [.. entries.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).Select(g =>
            {
                var first = g.First();
                var direct = g.Any(e => !IsViaGroup(e));
                IReadOnlyList<string> groups = viaGroup.GetValueOrDefault(g.Key) ?? [];
                return new QueueMemberRow(first.Id, first.Name ?? first.User?.Name, direct, groups, g.Any(e => e.Joined == true), first.RingNumber);
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Plans adding users (ids, emails, usernames) to the queue.</summary>
    public Task<BulkPlan> PlanAddAsync(string queueId, IReadOnlyList<string> identifiers, CancellationToken ct = default) =>
        PlanAsync(new BulkRequest(BulkOperation.AddToQueue, queueId, identifiers), ct);

    /// <summary>Plans removing users from the queue (individual members only: people there via a group stay).</summary>
    public Task<BulkPlan> PlanRemoveAsync(string queueId, IReadOnlyList<string> identifiers, CancellationToken ct = default) =>
        PlanAsync(new BulkRequest(BulkOperation.RemoveFromQueue, queueId, identifiers), ct);

    /// <summary>Plans adding every member of a group to the queue.</summary>
    public async Task<BulkPlan> PlanCopyFromGroupAsync(string queueId, string groupId, CancellationToken ct = default)
    {
        var members = await _api.Groups.GetMembersAsync(groupId, ct);
        return await PlanAddAsync(queueId, [.. members.Select(m => m.Id)], ct);
    }

    /// <summary>Plans adding everyone in another queue (however they belong there) to the queue.</summary>
    public async Task<BulkPlan> PlanCopyFromQueueAsync(string queueId, string sourceQueueId, CancellationToken ct = default)
    {
        var members = await _api.Queues.GetMembersAsync(sourceQueueId, new QueueMemberFilter(), ct);
        return await PlanAddAsync(queueId, [.. members.Select(m => m.Id).Distinct(StringComparer.OrdinalIgnoreCase)], ct);
    }

    /// <summary>Who is only in A, only in B, and in both.</summary>
    public async Task<QueueComparison> CompareAsync(Queue queueA, Queue queueB, CancellationToken ct = default)
    {
        var a = await GetMembersAsync(queueA, ct);
        var b = await GetMembersAsync(queueB, ct);
        var inA = a.Select(r => r.UserId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inB = b.Select(r => r.UserId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new QueueComparison(queueA, queueB, [.. a.Where(r => !inB.Contains(r.UserId))], [.. b.Where(r => !inA.Contains(r.UserId))],
            [.. a.Where(r => inB.Contains(r.UserId))]);
    }

    /// <summary>
    /// What "make B like A" must do: A's people missing from B are added, B's individual members not in A are
    /// removed; B's people not in A who are there only through a member group are reported, not sent.
    /// </summary>
    public async Task<QueueSync> CompareForSyncAsync(Queue source, Queue target, CancellationToken ct = default)
    {
        var comparison = await CompareAsync(source, target, ct);
        return new QueueSync(comparison, [.. comparison.OnlyInA], [.. comparison.OnlyInB.Where(r => r.Direct)],
            [.. comparison.OnlyInB.Where(r => r.OnlyViaGroup)]);
    }

    /// <summary>Plans "make B like A" as one job (adds first, then removes); see <see cref="CompareForSyncAsync"/>.</summary>
    public async Task<QueueSyncPlan> PlanMakeLikeAsync(Queue source, Queue target, CancellationToken ct = default)
    {
        var sync = await CompareForSyncAsync(source, target, ct);
        var plan = await PlanAsync(sync.Request(sync.UserIds), ct);
        return new QueueSyncPlan(source, target, plan, sync.KeptViaGroup);
    }

    /// <summary>Plans joining (or unjoining) users who are members of the queue; others are reported as not members.</summary>
    public Task<BulkPlan> PlanJoinAsync(string queueId, IReadOnlyList<string> identifiers, bool joined, IReadOnlyList<int?>? lines = null,
        CancellationToken ct = default) =>
        PlanAsync(new BulkRequest(joined ? BulkOperation.JoinQueue : BulkOperation.UnjoinQueue, queueId, identifiers) { Lines = lines }, ct);

    /// <summary>Plans joining (or unjoining) every member of the queue who is not already.</summary>
    public async Task<BulkPlan> PlanJoinAllAsync(Queue queue, bool joined, CancellationToken ct = default)
    {
        var members = await GetMembersAsync(queue, ct);
        return await PlanJoinAsync(queue.Id, [.. members.Where(m => m.Joined != joined).Select(m => m.UserId)], joined, ct: ct);
    }

    /// <summary>
    /// Plans setting the ring number (1–6) of users who are individual members of the queue; the previous ring is
    /// journaled, so undo puts each one back. Members only through a member group are reported, not sent (their ring
    /// comes with the group); people not in the queue are reported as not members.
    /// </summary>
    /// <param name="queueId">The queue.</param>
    /// <param name="identifiers">User ids, emails or usernames.</param>
    /// <param name="ringNumber">The ring, <see cref="QueuesApi.MinRingNumber"/>–<see cref="QueuesApi.MaxRingNumber"/>.</param>
    /// <param name="lines">The input line of each identifier, when they came from a file or a paste.</param>
    /// <param name="ct">Cancels planning.</param>
    public Task<BulkPlan> PlanRingNumberAsync(string queueId, IReadOnlyList<string> identifiers, int ringNumber, IReadOnlyList<int?>? lines = null,
        CancellationToken ct = default) =>
        PlanAsync(RingNumberRequest(queueId, identifiers, ringNumber) with { Lines = lines }, ct);

    /// <summary>
    /// Plans ring numbers from a file: each row's own <see cref="RingInput.Column"/>, else <paramref name="ringNumber"/> (the
    /// engine refuses, naming the line, a row that has neither). Otherwise as <see cref="PlanRingNumberAsync(string, IReadOnlyList{string}, int, IReadOnlyList{int?}?, CancellationToken)"/>.
    /// </summary>
    public Task<BulkPlan> PlanRingNumberAsync(string queueId, RingInput people, int? ringNumber, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        return PlanAsync(RingNumberRequest(queueId, people, ringNumber)(people.Identifiers.Values) with { Lines = people.Identifiers.ValueLines }, ct);
    }

    /// <summary>
    /// The engine request for some of <paramref name="people"/> (the workflow plans the rows it keeps, with lines): each
    /// row's own ring from the file, else <paramref name="ringNumber"/>.
    /// </summary>
    public static Func<IReadOnlyList<string>, BulkRequest> RingNumberRequest(string queueId, RingInput people, int? ringNumber)
    {
        ArgumentNullException.ThrowIfNull(people);
        var rings = CsvRowValues.ByIdentifier(people.Identifiers, people.RingByRow);
        return identifiers => new BulkRequest(BulkOperation.SetRingNumber, queueId, identifiers)
        {
            RingNumber = ringNumber,
            RingNumbers = people.RingByRow.Count > 0 ? rings(identifiers) : null,
        };
    }

    /// <summary>The engine request that sets <paramref name="ringNumber"/> for <paramref name="identifiers"/> (the workflow plans it with lines).</summary>
    public static BulkRequest RingNumberRequest(string queueId, IReadOnlyList<string> identifiers, int ringNumber) =>
        new(BulkOperation.SetRingNumber, queueId, identifiers) { RingNumber = ringNumber };

    /// <summary>
    /// Applies a plan as a journaled job. Joins, unjoins and ring numbers are re-read before they are reported: an item
    /// the org does not show changed is reported failed, never done.
    /// </summary>
    public Task<BulkJobResult> ApplyAsync(BulkPlan plan, IProgress<BulkProgress>? progress = null, CancellationToken ct = default) =>
        _engine.ApplyAsync(plan, progress, ct);

    /// <summary>The queue's people as CSV (formula-safe): id, name, belongs, via groups, joined, ring number.</summary>
    public static byte[] MembersCsv(IEnumerable<QueueMemberRow> members) => SafeCsvWriter.ToUtf8Bytes(
        ["userId", "name", "belongs", "viaGroups", "joined", "ringNumber"],
        members.Select(m => new[]
        {
            m.UserId, m.Name, m.Direct ? "direct" : "group", string.Join("; ", m.ViaGroups), m.Joined ? "true" : "false",
            m.RingNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

    private Task<BulkPlan> PlanAsync(BulkRequest request, CancellationToken ct) =>
        _engine.PlanAsync(request with { RequestedBy = request.RequestedBy ?? _requestedBy }, ct);

    private static bool IsViaGroup(QueueMember member) => string.Equals(member.MemberBy, "group", StringComparison.OrdinalIgnoreCase);

    /// <summary>User id → names of the queue's member groups (type GROUP) that hold them.</summary>
    private async Task<Dictionary<string, List<string>>> GroupsOfMembersAsync(Queue queue, CancellationToken ct)
    {
        var byUser = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in queue.MemberGroups ?? [])
        {
            if (!string.Equals(group.Type, "GROUP", StringComparison.OrdinalIgnoreCase)) continue;
            var name = group.Name ?? (await _api.Groups.GetAsync(group.Id, ct)).Data?.Name ?? group.Id;
            foreach (var member in await _api.Groups.GetMembersAsync(group.Id, ct))
            {
                if (!byUser.TryGetValue(member.Id, out var names)) byUser[member.Id] = names = [];
                names.Add(name);
            }
        }

        return byUser;
    }
}
