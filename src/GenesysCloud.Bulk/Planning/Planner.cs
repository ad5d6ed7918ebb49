using GenesysCloud.Bulk.Execution;
using GenesysCloud.Bulk.Http;
using GenesysCloud.Bulk.Resolution;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Planning;

/// <summary>Builds plans: resolve identifiers, read the target's state once, diff; and undo plans from the journal.</summary>
internal sealed class Planner(ApiCaller api)
{
    private readonly BulkConnection _connection = api.Connection;

    public async Task<BulkPlan> PlanAsync(BulkRequest request, CancellationToken ct)
    {
        Validate(request);
        var meter = new RunMeter(_connection);
        var target = BulkTarget.Create(api, request.Operation, request.TargetId);
        await target.LoadAsync(ct);

        var inputs = request.Identifiers.Select((raw, index) => (Raw: raw ?? "", Index: index, Id: Identifier.Classify(raw))).ToList();
        var lookups = inputs.Select(i => i.Id).Where(i => i.Kind != LookupKind.Invalid).Distinct().ToList();
        var (directory, strategy) = await new UserResolver(api).ResolveAsync(lookups, ct);

        var items = new BulkPlanItem[inputs.Count];
        var firstByKey = new Dictionary<Identifier, int>();
        var firstByUser = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var found = new List<(int Index, string Raw, DirectoryUser User)>();
        foreach (var (raw, index, id) in inputs)
        {
            if (id.Kind == LookupKind.Invalid)
            {
                items[index] = new BulkPlanItem(index, raw, null, BulkItemAction.Invalid) { Note = "empty or malformed identifier" };
                continue;
            }

            if (firstByKey.TryGetValue(id, out var first))
            {
                items[index] = new BulkPlanItem(index, raw, null, BulkItemAction.Duplicate) { Note = $"same identifier as input #{first + 1}" };
                continue;
            }

            firstByKey[id] = index;
            if (directory.Find(id) is not { } user)
                items[index] = new BulkPlanItem(index, raw, null, BulkItemAction.NotFound) { Note = "no active user matches" };
            else if (firstByUser.TryGetValue(user.Id, out var sameUser))
                items[index] = new BulkPlanItem(index, raw, user.Id, BulkItemAction.Duplicate) { UserName = user.Name, Note = $"same user as input #{sameUser + 1}" };
            else
            {
                firstByUser[user.Id] = index;
                found.Add((index, raw, user));
            }
        }

        var state = found.Count == 0
            ? new Dictionary<string, double?>()
            : await target.ReadStateAsync([.. found.Select(f => f.User.Id)], ct);
        var proficiency = request.Operation == BulkOperation.AssignSkill ? request.Proficiency : null;
        foreach (var (index, raw, user) in found)
            items[index] = Diff(new BulkPlanItem(index, raw, user.Id, BulkItemAction.WillChange) { UserName = user.Name, Proficiency = proficiency }, request.Operation, state);

        return NewPlan(request, target, items, strategy, meter.Calls);
    }

    /// <summary>An undo plan: puts every user the job changed back into its journaled before-state.</summary>
    public async Task<BulkPlan> PlanUndoAsync(BulkJob job, IReadOnlyList<BulkJobItem> jobItems, string? requestedBy, CancellationToken ct)
    {
        var meter = new RunMeter(_connection);
        var changed = jobItems
            .Where(i => i.Action == BulkItemAction.WillChange && i.Status is BulkItemStatus.Applied or BulkItemStatus.InFlight && i.UserId is not null)
            .ToList();
        var operation = TargetGoal.Inverse(job.Operation);
        var target = BulkTarget.Create(api, operation, job.TargetId);
        await target.LoadAsync(ct);
        var state = changed.Count == 0
            ? new Dictionary<string, double?>()
            : await target.ReadStateAsync([.. changed.Select(i => i.UserId!)], ct);
        var isSkill = job.Operation is BulkOperation.AssignSkill or BulkOperation.RemoveSkill;
        var items = changed.Select((item, index) => Diff(new BulkPlanItem(index, item.Identifier, item.UserId, BulkItemAction.WillChange)
        {
            UserName = item.UserName,
            Proficiency = isSkill && item.WasPresent ? item.ProficiencyBefore : null,
        }, operation, state)).ToArray();
        var request = new BulkRequest(operation, job.TargetId, [.. changed.Select(i => i.Identifier)]) { RequestedBy = requestedBy };
        return NewPlan(request, target, items, ResolutionStrategy.None, meter.Calls) with { UndoOfJobId = job.Id };
    }

    private static BulkPlanItem Diff(BulkPlanItem item, BulkOperation operation, IReadOnlyDictionary<string, double?> state)
    {
        var present = state.TryGetValue(item.UserId!, out var proficiency);
        var reached = TargetGoal.IsReached(operation, item.Proficiency, state, item.UserId!);
        return item with
        {
            Action = reached ? BulkItemAction.AlreadyDone : BulkItemAction.WillChange,
            WasPresent = present,
            ProficiencyBefore = proficiency,
            Note = reached ? AlreadyDoneNote(operation, item.Proficiency) : null,
        };
    }

    private BulkPlan NewPlan(BulkRequest request, BulkTarget target, BulkPlanItem[] items, ResolutionStrategy strategy, int planningCalls)
    {
        var changes = items.Count(i => i.Action == BulkItemAction.WillChange);
        var now = _connection.Time.GetUtcNow();
        return new BulkPlan
        {
            JobId = Guid.CreateVersion7(now).ToString(),
            Request = request,
            TargetName = target.Name,
            Items = items,
            Resolution = strategy,
            PlanningCalls = planningCalls,
            EstimatedApplyCalls = (changes + target.BatchSize - 1) / target.BatchSize,
            CreatedAt = now,
            Target = target,
        };
    }

    private static string AlreadyDoneNote(BulkOperation operation, double? proficiency) => operation switch
    {
        BulkOperation.AddToGroup or BulkOperation.AddToQueue => "already a member",
        BulkOperation.RemoveFromGroup or BulkOperation.RemoveFromQueue => "not a member",
        BulkOperation.AssignSkill => "already has the skill at this proficiency",
        _ when proficiency is not null => "already has the skill at this proficiency",
        _ => "does not have the skill",
    };

    private static void Validate(BulkRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.TargetId)) throw new ArgumentException("TargetId is required.", nameof(request));
        ArgumentNullException.ThrowIfNull(request.Identifiers);
        if (!Enum.IsDefined(request.Operation)) throw new ArgumentException($"Unknown operation {request.Operation}.", nameof(request));
        if (request.Operation == BulkOperation.AssignSkill && request.Proficiency is not (>= 0 and <= 5))
            throw new ArgumentException("Proficiency must be between 0 and 5 to assign a skill.", nameof(request));
    }
}
