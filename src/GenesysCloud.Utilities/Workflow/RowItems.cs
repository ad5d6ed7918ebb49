using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// Input rows that stand for several plan items (a copy: one item per person × skill or language). The person's row is
/// "will change" when any of its items changes, with a summary and each change; "already so" when none does; after a
/// run, failed when any item failed (each failure's reason kept), unknown or not applied when some were not confirmed.
/// </summary>
internal static class RowItems
{
    private const string Separator = " · ";

    /// <summary>
    /// Splits the plan's items by planned row: each row's items are the consecutive items of its identifier and input
    /// line, in input order (the engine plans every input's items together and keeps its line on each).
    /// </summary>
    public static IReadOnlyList<BulkPlanItem>[] ByRow(IReadOnlyList<WorkRow> planned, IReadOnlyList<BulkPlanItem> items)
    {
        var byRow = new IReadOnlyList<BulkPlanItem>[planned.Count];
        var next = 0;
        for (var r = 0; r < planned.Count; r++)
        {
            var row = planned[r];
            var first = next;
            while (next < items.Count && items[next].Line == row.Line && string.Equals(items[next].Identifier, row.Identifier, StringComparison.Ordinal))
                next++;
            if (next == first)
                throw new InvalidOperationException($"The plan has no item for {row.Location} ('{row.Input}').");
            byRow[r] = [.. items.Skip(first).Take(next - first)];
        }

        if (next != items.Count)
            throw new InvalidOperationException($"The plan has {items.Count - next} items that belong to no input row (from item {next + 1}).");
        return byRow;
    }

    /// <summary>
    /// Splits a journaled job's items into its input rows: an item that changes one of several targets of its row (a
    /// skill or language of a copy: <see cref="BulkJobItem.TargetId"/> set) belongs to the row of the item before it
    /// when both name the same line, identifier and user, as the plan kept them; every other item is a row of its own.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<BulkJobItem>> ByJournalRow(IReadOnlyList<BulkJobItem> items)
    {
        var rows = new List<IReadOnlyList<BulkJobItem>>();
        var first = 0;
        for (var next = 1; next <= items.Count; next++)
        {
            if (next < items.Count && SameRow(items[next - 1], items[next]))
                continue;
            rows.Add([.. items.Skip(first).Take(next - first)]);
            first = next;
        }

        return rows;
    }

    /// <summary>True when a journaled row stands for several targets' items (a copy's person), so it is summed up.</summary>
    public static bool ChangesSeveralTargets(IReadOnlyList<BulkJobItem> items) => items.Any(i => i.TargetId is not null);

    /// <summary>A journaled row of several items: summed up as its preview was (<see cref="Summed"/>), then with their outcomes.</summary>
    public static WorkRow FromJournal(WorkRow row, IReadOnlyList<BulkJobItem> items, Func<IReadOnlyList<BulkPlanItem>, string> summarize) =>
        WithOutcomes(Summed(row, [.. items.Select(AsPlanned)], summarize), items);

    /// <summary>True when the row is summed up from its items: it has several, or its one item is a change or already so.</summary>
    public static bool StandsForSeveral(IReadOnlyList<BulkPlanItem> items) =>
        items.Count > 1 || items[0].Action is BulkItemAction.WillChange or BulkItemAction.AlreadyDone;

    /// <summary>The default summary of a row's changing items: "3 changes".</summary>
    public static string CountChanges(IReadOnlyList<BulkPlanItem> changes) => Plural.Of(changes.Count, "change");

    /// <summary>
    /// The row of <paramref name="items"/>: will change with "gives 3 skills, removes 1 language; 2 already so: skill 'A':
    /// given at 3 · …" when any changes; else already so (or the first other decision), with the items' notes.
    /// </summary>
    public static WorkRow Summed(WorkRow row, IReadOnlyList<BulkPlanItem> items, Func<IReadOnlyList<BulkPlanItem>, string> summarize)
    {
        row = row with { PlanItems = [.. items.Select(i => i.Index)] };
        var changes = items.Where(i => i.Action == BulkItemAction.WillChange).ToList();
        var alreadySo = items.Count(i => i.Action == BulkItemAction.AlreadyDone);
        if (changes.Count > 0)
        {
            var already = alreadySo > 0 ? $"; {alreadySo:N0} already so" : "";
            return row with { State = RowState.WillChange, Note = WithNotes($"{summarize(changes)}{already}", changes) };
        }

        var other = items.FirstOrDefault(i => i.Action != BulkItemAction.AlreadyDone);
        return row with
        {
            State = other is null ? RowState.AlreadyDone : WorkRows.StateOf(other.Action),
            Note = items.Count == 1 ? items[0].Note : other?.Note ?? WithNotes($"all {alreadySo:N0} already so", items),
        };
    }

    /// <summary>
    /// A changing row with its items' results (<paramref name="items"/>: the journal's items of the row). Failed when
    /// any failed, each failure's reason in the error; unknown when some were in flight; not applied when some were not
    /// sent; applied when all were made (already so when the run found all done).
    /// </summary>
    public static WorkRow WithOutcomes(WorkRow row, IReadOnlyList<BulkJobItem> items)
    {
        var changed = items.Where(i => i.Action == BulkItemAction.WillChange).ToList();
        if (changed.Count == 0)
            return row;
        var failed = changed.Where(i => i.Status == BulkItemStatus.Failed).ToList();
        var applied = changed.Count(i => i.Status == BulkItemStatus.Applied);
        var inFlight = changed.Count(i => i.Status == BulkItemStatus.InFlight);
        var notSent = changed.Count(i => i.Status == BulkItemStatus.Pending);
        var tally = $"{applied:N0} of {Plural.Of(changed.Count, "change")} applied";
        if (failed.Count > 0)
        {
            return row with
            {
                State = RowState.Failed,
                Note = $"{tally}, {failed.Count:N0} failed; {row.Note}",
                Error = string.Join(Separator, failed.Select(f => f.Note is null ? f.Error : $"{f.Note}: {f.Error}")),
            };
        }

        if (inFlight > 0)
            return row with { State = RowState.Unknown, Note = $"{tally}; {inFlight:N0} being sent when the run stopped: resume the job to confirm; {row.Note}" };
        if (notSent > 0)
            return row with { State = RowState.NotApplied, Note = $"{tally}; {notSent:N0} not sent: resume the job to send them; {row.Note}" };
        return row with { State = applied > 0 ? RowState.Applied : RowState.AlreadyDone };
    }

    private static bool SameRow(BulkJobItem previous, BulkJobItem item) =>
        previous.TargetId is not null && item.TargetId is not null && previous.Line == item.Line
        && string.Equals(previous.Identifier, item.Identifier, StringComparison.Ordinal)
        && string.Equals(previous.UserId, item.UserId, StringComparison.OrdinalIgnoreCase);

    /// <summary>The plan's decision a journaled item keeps, for summing up its row as the preview did.</summary>
    private static BulkPlanItem AsPlanned(BulkJobItem item) => new(item.Index, item.Identifier, item.UserId, item.Action)
    {
        Line = item.Line,
        UserName = item.UserName,
        WasPresent = item.WasPresent,
        ProficiencyBefore = item.ProficiencyBefore,
        Proficiency = item.Proficiency,
        RingNumberBefore = item.RingNumberBefore,
        RingNumber = item.RingNumber,
        TargetId = item.TargetId,
        Note = item.Note,
    };

    /// <summary>"gives 2: skill 'A': given at 3 · skill 'B': 1 → 3", or just the summary when the items have no notes.</summary>
    private static string WithNotes(string summary, IEnumerable<BulkPlanItem> items)
    {
        var notes = string.Join(Separator, items.Select(i => i.Note).OfType<string>());
        return notes.Length == 0 ? summary : $"{summary}: {notes}";
    }
}
