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
        foreach (var (index, raw, user) in found)
        {
            var item = new BulkPlanItem(index, raw, user.Id, BulkItemAction.WillChange) { UserName = user.Name, Proficiency = ProficiencyOf(request, index) };
            items[index] = Diff(item, request.RowOperations?[index] ?? request.Operation, state);
        }

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
        var isSkill = TargetGoal.IsSkill(job.Operation);
        var rowOperations = changed.Select(i => TargetGoal.Inverse(TargetGoal.RowOperation(job.Operation, i.WasPresent))).ToArray();
        var items = changed.Select((item, index) => Diff(new BulkPlanItem(index, item.Identifier, item.UserId, BulkItemAction.WillChange)
        {
            UserName = item.UserName,
            Proficiency = isSkill && item.WasPresent ? item.ProficiencyBefore : null,
        }, rowOperations[index], state)).ToArray();
        var request = new BulkRequest(operation, job.TargetId, [.. changed.Select(i => i.Identifier)])
        {
            RequestedBy = requestedBy,
            RowOperations = operation == BulkOperation.SyncQueue ? rowOperations : null,
        };
        return NewPlan(request, target, items, ResolutionStrategy.None, meter.Calls) with { UndoOfJobId = job.Id };
    }

    private static BulkPlanItem Diff(BulkPlanItem item, BulkOperation operation, IReadOnlyDictionary<string, double?> state)
    {
        var present = state.TryGetValue(item.UserId!, out var proficiency);
        if (TargetGoal.NotApplicable(operation, state, item.UserId!) is { } reason)
            return item with { Action = BulkItemAction.NotApplicable, Note = reason };
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
        BulkOperation.AssignSkill or BulkOperation.ChangeSkill => "already has the skill at this proficiency",
        BulkOperation.JoinQueue => "already joined",
        BulkOperation.UnjoinQueue => "already unjoined",
        _ when proficiency is not null => "already has the skill at this proficiency",
        _ => "does not have the skill",
    };

    private static void Validate(BulkRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.TargetId)) throw new ArgumentException("TargetId is required.", nameof(request));
        ArgumentNullException.ThrowIfNull(request.Identifiers);
        if (!Enum.IsDefined(request.Operation)) throw new ArgumentException($"Unknown operation {request.Operation}.", nameof(request));
        if (request.Proficiencies is { } perRow && perRow.Count != request.Identifiers.Count)
            throw new ArgumentException($"Proficiencies has {perRow.Count} entries for {request.Identifiers.Count} identifiers.", nameof(request));
        if (request.RowOperations is { } operations && operations.Count != request.Identifiers.Count)
            throw new ArgumentException($"RowOperations has {operations.Count} entries for {request.Identifiers.Count} identifiers.", nameof(request));
        if (request.Operation == BulkOperation.SyncQueue &&
            (request.RowOperations is null || request.RowOperations.Any(o => o is not (BulkOperation.AddToQueue or BulkOperation.RemoveFromQueue))))
            throw new ArgumentException("A queue sync needs RowOperations of AddToQueue or RemoveFromQueue for every identifier.", nameof(request));
        if (request.Operation is not (BulkOperation.AssignSkill or BulkOperation.ChangeSkill)) return;
        for (var i = 0; i < request.Identifiers.Count; i++)
        {
            if (ProficiencyOf(request, i) is not (>= 0 and <= 5))
                throw new ArgumentException($"Identifier #{i + 1} ('{request.Identifiers[i]}'): proficiency must be between 0 and 5.", nameof(request));
        }
    }

    /// <summary>The proficiency a skill item sets: its own, else the request's; null for other operations.</summary>
    private static double? ProficiencyOf(BulkRequest request, int index) =>
        request.Operation is BulkOperation.AssignSkill or BulkOperation.ChangeSkill ? request.Proficiencies?[index] ?? request.Proficiency : null;
}
