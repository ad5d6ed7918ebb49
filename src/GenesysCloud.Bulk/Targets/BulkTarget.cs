using System.Text.Json;

namespace GenesysCloud.Bulk.Targets;

/// <summary>The group, queue, skill or language a job changes: how to read its current state and send one batch, all through the SDK.</summary>
internal abstract class BulkTarget(GenesysCloudApi api, BulkOperation operation, string id)
{
    /// <summary>Reads sent at the same time when one read is split over many calls.</summary>
    public const int MaxConcurrentReads = 8;

    private static readonly IReadOnlyDictionary<string, IndirectMembership> NoneIndirect = new Dictionary<string, IndirectMembership>();

    public string Id { get; } = id;

    public BulkOperation Operation { get; } = operation;

    public string Name { get; protected set; } = id;

    /// <summary>Most users one write call may carry (the API maximum).</summary>
    public abstract int BatchSize { get; }

    /// <summary>True when batches must go one at a time.</summary>
    public virtual bool Sequential => false;

    /// <summary>True when a success only means "accepted": the engine re-reads the state to confirm what took effect.</summary>
    public virtual bool ConfirmsEffect => false;

    /// <summary>
    /// True when <see cref="ReadStateAsync"/> reads the whole target whatever the users asked about (a group's or queue's
    /// members), so the planner reads it while the identifiers are still being resolved.
    /// </summary>
    public virtual bool ReadsWholeTarget => false;

    protected GenesysCloudApi Api { get; } = api;

    public static BulkTarget Create(GenesysCloudApi api, BulkOperation operation, string targetId) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.RemoveFromGroup => new GroupTarget(api, operation, targetId),
        BulkOperation.AddToQueue or BulkOperation.RemoveFromQueue or BulkOperation.SyncQueue => new QueueTarget(api, operation, targetId),
        BulkOperation.JoinQueue or BulkOperation.UnjoinQueue => new QueueJoinTarget(api, operation, targetId),
        BulkOperation.SetRingNumber => new QueueRingTarget(api, operation, targetId),
        _ when ProficiencyOperation.Of(operation) is not null => new ProficiencyTarget(api, operation, targetId),
        BulkOperation.CopyRouting => new RoutingCopyTarget(api, operation, targetId),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>
    /// The key of <see cref="ReadStateAsync"/>'s answer for an item: the user id, or for a target whose items change
    /// different things (a copy: <paramref name="itemTargetId"/>) the user and that thing.
    /// </summary>
    public virtual string StateKey(string userId, string? itemTargetId) => userId;

    /// <summary>Write calls applying <paramref name="changes"/> needs without retries: batches at the API maximum.</summary>
    public virtual int EstimateCalls(IReadOnlyCollection<BulkPlanItem> changes) => (changes.Count + BatchSize - 1) / BatchSize;

    /// <summary>Reads the target (name; group version; queue member groups). Throws <see cref="BulkTargetNotFoundException"/>.</summary>
    public abstract Task LoadAsync(CancellationToken ct);

    /// <summary>
    /// Which of <paramref name="userIds"/> are present as individual members, the ones adds and removes change
    /// (value = skill proficiency; null for memberships).
    /// </summary>
    public abstract Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>
    /// For users that are not individual members (<paramref name="absent"/>), those who are there all the same, and why
    /// (owner, by rule, via a queue's member group). Reads only what it needs; nothing when the target has no such people.
    /// </summary>
    public virtual Task<IReadOnlyDictionary<string, IndirectMembership>> ExplainAbsentAsync(IReadOnlyCollection<string> absent,
        int individualCount, CancellationToken ct) => Task.FromResult(NoneIndirect);

    /// <summary>Sends one batch (at most <see cref="BatchSize"/> items); the SDK retries what may be retried.</summary>
    public abstract Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct);

    /// <summary>The data of a target read; a 404 (or 400 for a malformed id) means there is no such target.</summary>
    protected T Require<T>(ApiResponse<T> response, string kind)
    {
        if (response.StatusCode is 404 or 400)
            throw new BulkTargetNotFoundException($"{kind} {Id} was not found ({response.Error}).");
        return response.EnsureSuccess() ?? throw new GenesysApiException($"Reading {kind.ToLowerInvariant()} {Id} returned no body.");
    }

    protected static Dictionary<string, double?> Present(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(id => id, _ => (double?)null, StringComparer.OrdinalIgnoreCase);
}
