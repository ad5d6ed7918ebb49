using System.Globalization;
using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>Moves rows on: input rows gain the plan's decision, planned rows gain the journal's result.</summary>
public static class WorkRows
{
    /// <summary>
    /// The input's rows with the plan's decisions. Planned rows are the input's <see cref="WorkInput.Planned"/> rows
    /// in order. Plan item <c>i</c> is planned row <c>i</c>, unless <paramref name="summarizeRow"/> is given (or the plan
    /// has more items than rows): then each row's items are the consecutive items of its identifier and line, and the
    /// row sums them up (see <see cref="RowItems"/>). A duplicate by user names the line of the first one.
    /// </summary>
    public static IReadOnlyList<WorkRow> Planned(WorkInput input, BulkPlan plan, Func<IReadOnlyList<BulkPlanItem>, string>? summarizeRow = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plan);
        var planned = input.Planned;
        var grouped = summarizeRow is not null || plan.Items.Count > planned.Count;
        if (!grouped && planned.Count != plan.Items.Count)
            throw new InvalidOperationException($"The plan has {plan.Items.Count} items for {planned.Count} input rows.");
        var itemsOfRow = grouped ? RowItems.ByRow(planned, plan.Items) : [.. plan.Items.Select(i => (IReadOnlyList<BulkPlanItem>)[i])];

        var firstLineOfUser = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < planned.Count; i++)
        {
            foreach (var item in itemsOfRow[i].Where(item => item.UserId is not null && item.Action != BulkItemAction.Duplicate))
                firstLineOfUser.TryAdd(item.UserId!, planned[i].Line);
        }

        var plannedRow = new Dictionary<WorkRow, WorkRow>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < planned.Count; i++)
        {
            var items = itemsOfRow[i];
            plannedRow[planned[i]] = grouped && RowItems.StandsForSeveral(items)
                ? RowItems.Summed(WithPlan(planned[i], items[0], firstLineOfUser), items, summarizeRow ?? RowItems.CountChanges)
                : WithPlan(planned[i], items[0], firstLineOfUser);
        }

        return [.. input.Rows.Select(row => plannedRow.GetValueOrDefault(row, row))];
    }

    /// <summary>
    /// Planned rows with the journal's result of their items: applied, failed, unknown (in flight when the run
    /// stopped) or not applied. Rows the plan did not change keep their state.
    /// </summary>
    public static IReadOnlyList<WorkRow> WithResult(IReadOnlyList<WorkRow> rows, IReadOnlyList<BulkJobItem> items)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(items);
        var byIndex = items.ToDictionary(i => i.Index);
        return [.. rows.Select(row => !row.IsChange ? row
            : row.PlanItems is { } several ? RowItems.WithOutcomes(row, [.. several.Where(byIndex.ContainsKey).Select(i => byIndex[i])])
            : row.PlanIndex is { } index && byIndex.TryGetValue(index, out var item) ? WithOutcome(row, item)
            : row)];
    }

    /// <summary>
    /// A journaled job's items as rows, with their input lines (null for picked users and for jobs journaled before lines
    /// were). A row that stood for several items (a copy: one per person × skill or language) is one row again, summed up
    /// as its preview was (by <paramref name="summarizeRow"/>, or "3 changes") and with its items' outcomes.
    /// </summary>
    public static IReadOnlyList<WorkRow> FromJournal(IEnumerable<BulkJobItem> items, Func<IReadOnlyList<BulkPlanItem>, string>? summarizeRow = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. RowItems.ByJournalRow([.. items]).Select(row => RowItems.ChangesSeveralTargets(row)
            ? RowItems.FromJournal(JournalRow(row[0]), row, summarizeRow ?? RowItems.CountChanges)
            : WithRingChange(WithOutcome(JournalRow(row[0]), row[0]), row[0]))];
    }

    private static WorkRow JournalRow(BulkJobItem item) => new(item.Line, item.Identifier, StateOf(item.Action))
    {
        PlanIndex = item.Index,
        Identifier = item.Identifier,
        UserId = item.UserId,
        UserName = item.UserName,
        Note = item.Note,
    };

    /// <summary>A ring number change says which rings it moves between ("ring 1 → 3"), whatever the run noted since.</summary>
    private static WorkRow WithRingChange(WorkRow row, BulkJobItem item)
    {
        if (item.Action != BulkItemAction.WillChange || item.RingNumber is not { } ring)
            return row;
        var change = $"ring {item.RingNumberBefore?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} → {ring.ToString(CultureInfo.InvariantCulture)}";
        return row with { Note = row.Note is { } note && note != change ? $"{change} · {note}" : change };
    }

    private static WorkRow WithPlan(WorkRow row, BulkPlanItem item, IReadOnlyDictionary<string, int?> firstLineOfUser)
    {
        var note = item.Action switch
        {
            BulkItemAction.NotFound => item.Note ?? "no active user matches",
            BulkItemAction.Duplicate when item.UserId is { } id && firstLineOfUser.TryGetValue(id, out var line) && line is not null
                => $"same user as line {line}",
            _ => item.Note,
        };
        return row with
        {
            State = StateOf(item.Action),
            PlanIndex = item.Index,
            UserId = item.UserId,
            UserName = item.UserName ?? row.UserName,
            Note = note,
        };
    }

    private static WorkRow WithOutcome(WorkRow row, BulkJobItem item)
    {
        if (item.Action != BulkItemAction.WillChange)
            return row;
        return item.Status switch
        {
            BulkItemStatus.Applied => row with { State = RowState.Applied, Note = item.Note ?? row.Note },
            BulkItemStatus.Failed => row with { State = RowState.Failed, Error = item.Error },
            BulkItemStatus.InFlight => row with { State = RowState.Unknown, Note = "was being sent when the run stopped; resume the job to confirm" },
            BulkItemStatus.Skipped => row with { State = RowState.AlreadyDone, Note = item.Note ?? row.Note },
            _ => row with { State = RowState.NotApplied },
        };
    }

    internal static RowState StateOf(BulkItemAction action) => action switch
    {
        BulkItemAction.WillChange => RowState.WillChange,
        BulkItemAction.AlreadyDone => RowState.AlreadyDone,
        BulkItemAction.NotFound => RowState.NotFound,
        BulkItemAction.Duplicate => RowState.Duplicate,
        BulkItemAction.CannotChangeHere => RowState.CannotChangeHere,
        BulkItemAction.NotApplicable => RowState.NotApplicable,
        _ => RowState.Invalid,
    };
}
