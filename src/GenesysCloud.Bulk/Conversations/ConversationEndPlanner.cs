using System.Globalization;

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

    /// <summary>
    /// One item per conversation in input order, each with its input line when known; blanks are invalid, repeats
    /// duplicates (neither is sent).
    /// </summary>
    /// <param name="conversations">The conversations to end.</param>
    /// <param name="requestedBy">Who asked, for the audit trail.</param>
    /// <param name="time">Clock for the plan time and job id; system clock when null.</param>
    public static BulkPlan Plan(IEnumerable<ConversationToEnd> conversations, string? requestedBy = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var items = conversations.Select((c, index) =>
        {
            var id = c.ConversationId?.Trim() ?? "";
            var item = new BulkPlanItem(index, id, null, BulkItemAction.WillChange) { UserName = c.Description, Line = c.Line };
            if (id.Length == 0)
                return item with { Action = BulkItemAction.Invalid, UserName = null, Note = ConversationEndNotes.Invalid };
            var where = c.Line is { } line ? $"line {line.ToString("N0", CultureInfo.InvariantCulture)}" : $"#{index + 1}";
            if (!first.TryAdd(id, where))
                return item with { Action = BulkItemAction.Duplicate, Note = $"{ConversationEndNotes.NotSentDuplicate} ({first[id]})" };
            return item;
        }).ToList();
        var changes = items.Count(i => i.Action == BulkItemAction.WillChange);
        return new BulkPlan
        {
            JobId = Guid.CreateVersion7(now).ToString(),
            Request = new BulkRequest(BulkOperation.EndConversation, TargetId, [.. items.Select(i => i.Identifier)])
            {
                RequestedBy = requestedBy,
                Lines = items.Any(i => i.Line is not null) ? [.. items.Select(i => i.Line)] : null,
            },
            TargetName = TargetName,
            Items = items,
            Resolution = ResolutionStrategy.None,
            EstimatedApplyCalls = changes * 3,
            CreatedAt = now,
        };
    }
}
