namespace GenesysCloud.Bulk.Targets;

/// <summary>Whether a user is already in the state an item asks for, and whether the change applies to them at all.</summary>
internal static class TargetGoal
{
    /// <param name="operation">The item's operation (see <see cref="RowOperation"/> for <see cref="BulkOperation.SyncQueue"/>).</param>
    /// <param name="proficiency">The value the item sets (see <see cref="Wanted"/>): the skill proficiency (on RemoveSkill a value
    /// means "restore it") or the ring number.</param>
    /// <param name="state">Present users of the target (value = skill proficiency, 1/0 for joined/unjoined, null for memberships).</param>
    /// <param name="userId">The user.</param>
    public static bool IsReached(BulkOperation operation, double? proficiency, IReadOnlyDictionary<string, double?> state, string userId)
    {
        var present = state.TryGetValue(userId, out var current);
        if (ProficiencyOperation.Of(operation) is { } skillOrLanguage) return skillOrLanguage.IsReached(proficiency, present, current);
        return operation switch
        {
            // Each copy item sets its skill or language at its proficiency, or (none) removes it.
            BulkOperation.CopyRouting => proficiency is null ? !present : present && current == proficiency,
            BulkOperation.AddToGroup or BulkOperation.AddToQueue => present,
            BulkOperation.RemoveFromGroup or BulkOperation.RemoveFromQueue => !present,
            BulkOperation.JoinQueue => present && current == QueueJoinTarget.Joined,
            BulkOperation.UnjoinQueue => present && current == QueueJoinTarget.Unjoined,
            BulkOperation.SetRingNumber => present && current == proficiency,
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Use RowOperation for per-item operations."),
        };
    }

    /// <summary>Why the change cannot apply to the user (null when it can): joins need members, changes need the skill or language.</summary>
    public static string? NotApplicable(BulkOperation operation, IReadOnlyDictionary<string, double?> state, string userId) =>
        state.ContainsKey(userId) ? null : operation switch
        {
            BulkOperation.JoinQueue or BulkOperation.UnjoinQueue or BulkOperation.SetRingNumber => "not a member of the queue",
            _ when ProficiencyOperation.Of(operation) is { Verb: ProficiencyVerb.Change } change =>
                $"does not have the {change.Kind.Noun} (change only changes existing proficiencies)",
            _ => null,
        };

    /// <summary>
    /// The operation one item performs: its job's, except in a <see cref="BulkOperation.SyncQueue"/> job, where a
    /// change removes someone who was a member and adds someone who was not.
    /// </summary>
    public static BulkOperation RowOperation(BulkOperation jobOperation, bool wasPresent) =>
        jobOperation == BulkOperation.SyncQueue
            ? wasPresent ? BulkOperation.RemoveFromQueue : BulkOperation.AddToQueue
            : jobOperation;

    /// <summary>
    /// Whether the user of a journaled item of a <paramref name="jobOperation"/> job is already as the item asks;
    /// <paramref name="key"/> is the item's key in <paramref name="state"/> (<see cref="BulkTarget.StateKey"/>), the user by default.
    /// </summary>
    public static bool IsReached(BulkOperation jobOperation, BulkJobItem item, IReadOnlyDictionary<string, double?> state, string? key = null) =>
        IsReached(RowOperation(jobOperation, item.WasPresent), item.RingNumber ?? item.Proficiency, state, key ?? item.UserId!);

    /// <summary>The value a planned item sets, for <see cref="IsReached(BulkOperation, double?, IReadOnlyDictionary{string, double?}, string)"/>: its ring number on ring number plans, else its proficiency.</summary>
    public static double? Wanted(BulkPlanItem item) => item.RingNumber ?? item.Proficiency;

    /// <summary>True for operations whose items carry a proficiency (skills and languages).</summary>
    public static bool HasProficiency(BulkOperation operation) => ProficiencyOperation.Of(operation) is not null || operation == BulkOperation.CopyRouting;

    /// <summary>True for operations whose items set the proficiency they carry (assign and change a skill or language).</summary>
    public static bool SetsProficiency(BulkOperation operation) => ProficiencyOperation.Of(operation) is { Sets: true };

    /// <summary>The operation that puts users back where they were.</summary>
    public static BulkOperation Inverse(BulkOperation operation) => ProficiencyOperation.Of(operation)?.Inverse() ?? operation switch
    {
        BulkOperation.AddToGroup => BulkOperation.RemoveFromGroup,
        BulkOperation.RemoveFromGroup => BulkOperation.AddToGroup,
        BulkOperation.AddToQueue => BulkOperation.RemoveFromQueue,
        BulkOperation.RemoveFromQueue => BulkOperation.AddToQueue,
        BulkOperation.SyncQueue => BulkOperation.SyncQueue,
        BulkOperation.CopyRouting => BulkOperation.CopyRouting,
        BulkOperation.JoinQueue => BulkOperation.UnjoinQueue,
        BulkOperation.UnjoinQueue => BulkOperation.JoinQueue,
        BulkOperation.SetRingNumber => BulkOperation.SetRingNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
