using System.Globalization;
using System.Runtime.CompilerServices;
using GenesysCloud.Bulk.Execution;
using GenesysCloud.Bulk.Resolution;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Planning;

/// <summary>
/// Builds plans: resolve identifiers, read the target's individual members once, diff, and explain everyone who shows in
/// the target without being an individual member (owner, by rule, via a queue's member group); and undo plans from the journal.
/// The passes over every input are compiled optimized at once (<see cref="MethodImplOptions.AggressiveOptimization"/>): they run
/// once a job, too rarely for tiered compilation to optimize them, and unoptimized they took about 40 ms more for 10,000 inputs.
/// </summary>
internal sealed class Planner(BulkConnection connection)
{
    private readonly BulkConnection _connection = connection;

    public async Task<BulkPlan> PlanAsync(BulkRequest request, CancellationToken ct)
    {
        Validate(request);
        var meter = new RunMeter(_connection);
        var target = BulkTarget.Create(_connection.Api, request.Operation, request.TargetId);
        var (inputs, lookups) = Classify(request.Identifiers);
        var reads = PlanningReads.Start(target, token => new UserResolver(_connection).ResolveAsync(lookups, target as IListingObserver, token), ct);
        var (directory, strategy, wholeState) = await reads.CompleteAsync();

        var items = new BulkPlanItem[inputs.Count];
        var found = MatchUsers(request, inputs, directory, items);
        if (target is RoutingCopyTarget copy)
            return NewPlan(request, target, await CopyPlanner.ItemsAsync(copy, request.Copy!, items, found, request.Lines, ct), strategy, meter.Calls);

        var planned = Changes(request, found);
        var diffed = await DiffAsync(target, planned, i => request.RowOperations?[i.Index] ?? request.Operation, ct, wholeState);
        Place(diffed, items, request.Lines);
        return NewPlan(request, target, items, strategy, meter.Calls);
    }

    /// <summary>Each input classified, in input order, and the distinct lookups of the valid ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (List<(string Raw, int Index, Identifier Id)> Inputs, List<Identifier> Lookups) Classify(IReadOnlyList<string> identifiers)
    {
        var inputs = new List<(string Raw, int Index, Identifier Id)>(identifiers.Count);
        var seen = new HashSet<Identifier>(identifiers.Count);
        var lookups = new List<Identifier>(identifiers.Count);
        for (var index = 0; index < identifiers.Count; index++)
        {
            var id = Identifier.Classify(identifiers[index]);
            inputs.Add((identifiers[index] ?? "", index, id));
            if (id.Kind != LookupKind.Invalid && seen.Add(id)) lookups.Add(id);
        }

        return (inputs, lookups);
    }

    /// <summary>
    /// Fills <paramref name="items"/> for inputs that are invalid, duplicated or not found, and returns the others with
    /// their users, in input order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Index, string Raw, UserSummary User)> MatchUsers(BulkRequest request,
        List<(string Raw, int Index, Identifier Id)> inputs, UserDirectory directory, BulkPlanItem[] items)
    {
        var firstByKey = new Dictionary<Identifier, int>(inputs.Count);
        var firstByUser = new Dictionary<string, int>(inputs.Count, StringComparer.OrdinalIgnoreCase);
        var found = new List<(int Index, string Raw, UserSummary User)>(inputs.Count);
        foreach (var (raw, index, id) in inputs)
        {
            if (id.Kind == LookupKind.Invalid)
            {
                items[index] = new BulkPlanItem(index, raw, null, BulkItemAction.Invalid) { Note = "empty or malformed identifier" };
                continue;
            }

            if (firstByKey.TryGetValue(id, out var first))
            {
                items[index] = new BulkPlanItem(index, raw, null, BulkItemAction.Duplicate) { Note = $"same identifier as {Position(request, first)}" };
                continue;
            }

            firstByKey[id] = index;
            if (directory.Find(id) is not { } user)
                items[index] = new BulkPlanItem(index, raw, null, BulkItemAction.NotFound) { Note = "no active user matches" };
            else if (firstByUser.TryGetValue(user.Id, out var sameUser))
                items[index] = new BulkPlanItem(index, raw, user.Id, BulkItemAction.Duplicate) { UserName = user.Name, Note = $"same user as {Position(request, sameUser)}" };
            else
            {
                firstByUser[user.Id] = index;
                found.Add((index, raw, user));
            }
        }

        return found;
    }

    /// <summary>The change each found user is asked for, before the diff.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BulkPlanItem[] Changes(BulkRequest request, List<(int Index, string Raw, UserSummary User)> found)
    {
        var planned = new BulkPlanItem[found.Count];
        for (var i = 0; i < planned.Length; i++)
        {
            var (index, raw, user) = found[i];
            planned[i] = new BulkPlanItem(index, raw, user.Id, BulkItemAction.WillChange)
            {
                UserName = user.Name,
                Proficiency = ProficiencyOf(request, index),
                RingNumber = RingOf(request, index),
            };
        }

        return planned;
    }

    /// <summary>Puts the diffed items in their input places, each with its input line when the request has lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Place(BulkPlanItem[] diffed, BulkPlanItem[] items, IReadOnlyList<int?>? lines)
    {
        foreach (var item in diffed) items[item.Index] = item;
        if (lines is null) return;
        for (var i = 0; i < items.Length; i++) items[i] = items[i] with { Line = lines[i] };
    }

    /// <summary>An undo plan: puts every user the job changed back into its journaled before-state.</summary>
    public async Task<BulkPlan> PlanUndoAsync(BulkJob job, IReadOnlyList<BulkJobItem> jobItems, string? requestedBy, CancellationToken ct)
    {
        var meter = new RunMeter(_connection);
        var changed = jobItems
            .Where(i => i.Action == BulkItemAction.WillChange && i.Status is BulkItemStatus.Applied or BulkItemStatus.InFlight && i.UserId is not null)
            .ToList();
        var operation = TargetGoal.Inverse(job.Operation);
        var target = BulkTarget.Create(_connection.Api, operation, job.TargetId);
        await target.LoadAsync(ct);
        var hasProficiency = TargetGoal.HasProficiency(job.Operation);
        var rowOperations = changed.Select(i => TargetGoal.Inverse(TargetGoal.RowOperation(job.Operation, i.WasPresent))).ToArray();
        var items = await DiffAsync(target, [.. changed.Select((item, index) => new BulkPlanItem(index, item.Identifier, item.UserId, BulkItemAction.WillChange)
        {
            UserName = item.UserName,
            Line = item.Line,
            TargetId = item.TargetId,
            Proficiency = hasProficiency && item.WasPresent ? item.ProficiencyBefore : null,
            RingNumber = item.RingNumberBefore,
        })], i => rowOperations[i.Index], ct);
        if (operation == BulkOperation.SetRingNumber)
        {
            items = [.. items.Select(i => i.Action == BulkItemAction.WillChange && i.RingNumber is null
                ? i with { Action = BulkItemAction.NotApplicable, Note = "the ring number before the job is not known, so it cannot be put back" }
                : i)];
        }

        var request = new BulkRequest(operation, job.TargetId, [.. changed.Select(i => i.Identifier)])
        {
            RequestedBy = requestedBy,
            RowOperations = operation == BulkOperation.SyncQueue ? rowOperations : null,
            Lines = [.. changed.Select(i => i.Line)],
        };
        return NewPlan(request, target, items, ResolutionStrategy.None, meter.Calls) with { UndoOfJobId = job.Id };
    }

    /// <summary>Diffs items against the target's individual members; explains those who are there all the same.</summary>
    private static async Task<BulkPlanItem[]> DiffAsync(BulkTarget target, IReadOnlyList<BulkPlanItem> items,
        Func<BulkPlanItem, BulkOperation> operationOf, CancellationToken ct, IReadOnlyDictionary<string, double?>? stateRead = null)
    {
        if (items.Count == 0) return [];
        var state = stateRead ?? await target.ReadStateAsync([.. items.Select(i => i.UserId!).Distinct(StringComparer.OrdinalIgnoreCase)], ct);
        var absent = items.Select(i => i.UserId!).Where(id => !state.ContainsKey(id)).ToList();
        var indirect = await target.ExplainAbsentAsync(absent, state.Count, ct);
        return DiffEach(target, items, operationOf, state, indirect);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BulkPlanItem[] DiffEach(BulkTarget target, IReadOnlyList<BulkPlanItem> items, Func<BulkPlanItem, BulkOperation> operationOf,
        IReadOnlyDictionary<string, double?> state, IReadOnlyDictionary<string, IndirectMembership> indirect)
    {
        var diffed = new BulkPlanItem[items.Count];
        for (var i = 0; i < diffed.Length; i++)
        {
            var item = items[i];
            diffed[i] = Diff(item, operationOf(item), state, target.StateKey(item.UserId!, item.TargetId), indirect);
        }

        return diffed;
    }

    // key: the item's key in state (BulkTarget.StateKey): the user, or for a copy the user and the skill or language.
    private static BulkPlanItem Diff(BulkPlanItem item, BulkOperation operation, IReadOnlyDictionary<string, double?> state, string key,
        IReadOnlyDictionary<string, IndirectMembership> indirect)
    {
        var present = state.TryGetValue(key, out var current);
        var planned = operation == BulkOperation.SetRingNumber
            ? item with { WasPresent = present, RingNumberBefore = (int?)current }
            : item with { WasPresent = present, ProficiencyBefore = current };
        var indirectly = !present && indirect.ContainsKey(item.UserId!);
        if (!indirectly && TargetGoal.NotApplicable(operation, state, key) is { } reason)
            return planned with { Action = BulkItemAction.NotApplicable, Note = reason };
        var wanted = TargetGoal.Wanted(item);
        var reached = TargetGoal.IsReached(operation, wanted, state, key);
        if (!indirectly)
        {
            return reached
                ? planned with { Action = BulkItemAction.AlreadyDone, Note = PlanNotes.AlreadyDone(operation, wanted) }
                : planned with { Action = BulkItemAction.WillChange, Note = PlanNotes.Changes(operation, current, wanted) };
        }

        var why = indirect[item.UserId!];
        return operation switch
        {
            BulkOperation.RemoveFromGroup or BulkOperation.RemoveFromQueue or BulkOperation.SetRingNumber =>
                planned with { Action = BulkItemAction.CannotChangeHere, Note = PlanNotes.CannotChange(operation, why) },
            // A queue already holds them through a member group; Genesys's provider refuses such adds, so none is sent.
            BulkOperation.AddToQueue => planned with { Action = BulkItemAction.AlreadyDone, Note = PlanNotes.AlreadyInQueue(why) },
            _ => planned with { Action = BulkItemAction.WillChange, Note = PlanNotes.AddsIndividually(why) },
        };
    }

    private BulkPlan NewPlan(BulkRequest request, BulkTarget target, BulkPlanItem[] items, ResolutionStrategy strategy, int planningCalls)
    {
        var now = _connection.Time.GetUtcNow();
        return new BulkPlan
        {
            JobId = Guid.CreateVersion7(now).ToString(),
            Request = request,
            TargetName = target.Name,
            Items = items,
            Resolution = strategy,
            PlanningCalls = planningCalls,
            EstimatedApplyCalls = target.EstimateCalls([.. items.Where(i => i.Action == BulkItemAction.WillChange)]),
            CreatedAt = now,
            Target = target,
        };
    }

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
        if (request.Operation == BulkOperation.CopyRouting && request.Copy is null)
            throw new ArgumentException("A copy needs Copy (what to copy, and whether to make the others identical).", nameof(request));
        if (request.Copy is { Skills: false, Languages: false })
            throw new ArgumentException("A copy must copy skills, languages or both.", nameof(request));
        if (request.Operation == BulkOperation.SyncQueue &&
            (request.RowOperations is null || request.RowOperations.Any(o => o is not (BulkOperation.AddToQueue or BulkOperation.RemoveFromQueue))))
            throw new ArgumentException("A queue sync needs RowOperations of AddToQueue or RemoveFromQueue for every identifier.", nameof(request));
        if (request.Lines is { } lines && lines.Count != request.Identifiers.Count)
            throw new ArgumentException($"Lines has {lines.Count} entries for {request.Identifiers.Count} identifiers.", nameof(request));
        if (request.RingNumbers is { } rings && rings.Count != request.Identifiers.Count)
            throw new ArgumentException($"RingNumbers has {rings.Count} entries for {request.Identifiers.Count} identifiers.", nameof(request));
        for (var i = 0; request.Operation == BulkOperation.SetRingNumber && i < request.Identifiers.Count; i++)
        {
            if (RingOf(request, i) is not (>= QueuesApi.MinRingNumber and <= QueuesApi.MaxRingNumber))
            {
                var position = Position(request, i);
                throw new ArgumentException(
                    $"{char.ToUpperInvariant(position[0])}{position[1..]} ('{request.Identifiers[i]}'): the ring number must be between " +
                    $"{QueuesApi.MinRingNumber} and {QueuesApi.MaxRingNumber}; {RingOf(request, i)?.ToString(CultureInfo.InvariantCulture) ?? "none"} was given.",
                    nameof(request));
            }
        }

        if (ProficiencyOperation.Of(request.Operation) is not { Sets: true } sets) return;
        for (var i = 0; i < request.Identifiers.Count; i++)
        {
            if (ProficiencyOf(request, i) is not { } level || !sets.Kind.IsValid(level))
            {
                var position = Position(request, i);
                throw new ArgumentException(
                    $"{char.ToUpperInvariant(position[0])}{position[1..]} ('{request.Identifiers[i]}'): proficiency must be {sets.Kind.ValidRange}.", nameof(request));
            }
        }
    }

    /// <summary>Where an identifier is in the admin's input: "line 4,812" when the request knows lines, else "input #3".</summary>
    private static string Position(BulkRequest request, int index) =>
        request.Lines?[index] is { } line ? $"line {line.ToString("N0", CultureInfo.InvariantCulture)}" : $"input #{index + 1}";

    /// <summary>The ring number a ring item sets: its own, else the request's; null for other operations.</summary>
    private static int? RingOf(BulkRequest request, int index) =>
        request.Operation == BulkOperation.SetRingNumber ? request.RingNumbers?[index] ?? request.RingNumber : null;

    /// <summary>The proficiency a skill or language item sets: its own, else the request's; null for other operations.</summary>
    private static double? ProficiencyOf(BulkRequest request, int index) =>
        TargetGoal.SetsProficiency(request.Operation) ? request.Proficiencies?[index] ?? request.Proficiency : null;
}
