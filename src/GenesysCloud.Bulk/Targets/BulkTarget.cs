using System.Text.Json;
using GenesysCloud.Bulk.Http;
using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Targets;

/// <summary>The group, queue or skill a job changes: how to read its current state and send one batch.</summary>
internal abstract class BulkTarget(ApiCaller api, BulkOperation operation, string id)
{
    protected const int MemberPageSize = 100;

    public string Id { get; } = id;

    public BulkOperation Operation { get; } = operation;

    public string Name { get; protected set; } = id;

    /// <summary>Most users one write call may carry (the API maximum).</summary>
    public abstract int BatchSize { get; }

    /// <summary>True when batches must go one at a time.</summary>
    public virtual bool Sequential => false;

    /// <summary>True when a success only means "accepted": the engine re-reads the state to confirm what took effect.</summary>
    public virtual bool ConfirmsEffect => false;

    protected ApiCaller Api { get; } = api;

    public static BulkTarget Create(ApiCaller api, BulkOperation operation, string targetId) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.RemoveFromGroup => new GroupTarget(api, operation, targetId),
        BulkOperation.AddToQueue or BulkOperation.RemoveFromQueue or BulkOperation.SyncQueue => new QueueTarget(api, operation, targetId),
        BulkOperation.JoinQueue or BulkOperation.UnjoinQueue => new QueueJoinTarget(api, operation, targetId),
        BulkOperation.AssignSkill or BulkOperation.RemoveSkill or BulkOperation.ChangeSkill => new SkillTarget(api, operation, targetId),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>Reads the target (name; group version). Throws <see cref="BulkTargetNotFoundException"/>.</summary>
    public abstract Task LoadAsync(CancellationToken ct);

    /// <summary>Which of <paramref name="userIds"/> are present (value = skill proficiency; null for memberships).</summary>
    public abstract Task<IReadOnlyDictionary<string, double?>> ReadStateAsync(IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>Sends one batch (at most <see cref="BatchSize"/> items), transient failures retried.</summary>
    public abstract Task<ApiResponse<JsonElement>> SendAsync(IReadOnlyList<BulkJobItem> batch, CancellationToken ct);

    protected async Task<JsonElement> ReadTargetAsync(string endpoint, string kind, CancellationToken ct)
    {
        var response = await Api.SendAsync((client, token) => client.GetAsync(endpoint, null, token), ct);
        if (response.StatusCode is 404 or 400)
            throw new BulkTargetNotFoundException($"{kind} {Id} was not found ({response.Error}).");
        return WireJson.Require(response, $"Reading {kind.ToLowerInvariant()} {Id}");
    }

    protected async Task<IReadOnlyDictionary<string, double?>> ReadMembersAsync(string endpoint, CancellationToken ct)
    {
        var ids = await Api.GetAllAsync(endpoint, MemberPageSize, m => WireJson.String(m, "id"), $"Reading the members of {Name}", ct);
        return ids.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(id => id, _ => (double?)null, StringComparer.OrdinalIgnoreCase);
    }
}
