namespace GenesysCloud.Bulk.Targets;

/// <summary>Whether a user is already in the state an item asks for.</summary>
internal static class TargetGoal
{
    /// <param name="operation">The job's operation.</param>
    /// <param name="proficiency">The item's proficiency (skills; on RemoveSkill a value means "restore it").</param>
    /// <param name="state">Present users of the target (value = skill proficiency, null for memberships).</param>
    /// <param name="userId">The user.</param>
    public static bool IsReached(BulkOperation operation, double? proficiency, IReadOnlyDictionary<string, double?> state, string userId)
    {
        var present = state.TryGetValue(userId, out var current);
        return operation switch
        {
            BulkOperation.AddToGroup or BulkOperation.AddToQueue => present,
            BulkOperation.RemoveFromGroup or BulkOperation.RemoveFromQueue => !present,
            BulkOperation.AssignSkill => present && current == proficiency,
            BulkOperation.RemoveSkill => proficiency is null ? !present : present && current == proficiency,
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }

    /// <summary>The operation that puts users back where they were.</summary>
    public static BulkOperation Inverse(BulkOperation operation) => operation switch
    {
        BulkOperation.AddToGroup => BulkOperation.RemoveFromGroup,
        BulkOperation.RemoveFromGroup => BulkOperation.AddToGroup,
        BulkOperation.AddToQueue => BulkOperation.RemoveFromQueue,
        BulkOperation.RemoveFromQueue => BulkOperation.AddToQueue,
        BulkOperation.AssignSkill => BulkOperation.RemoveSkill,
        BulkOperation.RemoveSkill => BulkOperation.AssignSkill,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
