namespace GenesysCloud.Bulk.Conversations;

/// <summary>
/// Plans a conversation-ending job from picked conversations; makes no call. Apply the plan with
/// <see cref="BulkEngine.ApplyAsync"/> (journaled, resumable); it cannot be undone.
/// </summary>
public static class ConversationEndPlanner
{
    /// <summary>The journal's target id of conversation-ending jobs (they have no single target).</summary>
    public const string TargetId = "conversations";

    /// <summary>Name the journal shows for conversation-ending jobs.</summary>
    public const string TargetName = "Conversations";

    /// <summary>One item per conversation in input order; blanks are invalid, repeats duplicates (neither is sent).</summary>
    /// <param name="conversations">The conversations to end.</param>
    /// <param name="requestedBy">Who asked, for the audit trail.</param>
    /// <param name="time">Clock for the plan time and job id; system clock when null.</param>
    public static BulkPlan Plan(IEnumerable<ConversationToEnd> conversations, string? requestedBy = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var items = conversations.Select((c, index) =>
        {
            var id = c.ConversationId?.Trim() ?? "";
            if (id.Length == 0)
                return new BulkPlanItem(index, id, null, BulkItemAction.Invalid) { Note = ConversationEndNotes.Invalid };
            if (!firstLine.TryAdd(id, index))
                return new BulkPlanItem(index, id, null, BulkItemAction.Duplicate) { UserName = c.Description, Note = $"{ConversationEndNotes.NotSentDuplicate} (#{firstLine[id] + 1})" };
            return new BulkPlanItem(index, id, null, BulkItemAction.WillChange) { UserName = c.Description };
        }).ToList();
        var changes = items.Count(i => i.Action == BulkItemAction.WillChange);
        return new BulkPlan
        {
            JobId = Guid.CreateVersion7(now).ToString(),
            Request = new BulkRequest(BulkOperation.EndConversation, TargetId, [.. items.Select(i => i.Identifier)]) { RequestedBy = requestedBy },
            TargetName = TargetName,
            Items = items,
            Resolution = ResolutionStrategy.None,
            EstimatedApplyCalls = changes * 3,
            CreatedAt = now,
        };
    }
}
