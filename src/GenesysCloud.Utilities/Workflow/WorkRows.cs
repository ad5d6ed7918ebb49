using System.Globalization;
using GenesysCloud.Bulk;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>Moves rows on: input rows gain the plan's decision, planned rows gain the journal's result.</summary>
public static class WorkRows
{
    /// <summary>
    /// The input's rows with the plan's decisions. Planned rows are the input's <see cref="WorkInput.Planned"/> rows
    /// in order, so plan item <c>i</c> is planned row <c>i</c>; a duplicate by user names the line of the first one.
    /// </summary>
    public static IReadOnlyList<WorkRow> Planned(WorkInput input, BulkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plan);
        var planned = input.Planned;
        if (planned.Count != plan.Items.Count)
            throw new InvalidOperationException($"The plan has {plan.Items.Count} items for {planned.Count} input rows.");

        var itemRow = new Dictionary<WorkRow, BulkPlanItem>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < planned.Count; i++)
            itemRow[planned[i]] = plan.Items[i];
        var firstLineOfUser = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, item) in planned.Zip(plan.Items))
        {
            if (item.UserId is { } id && item.Action != BulkItemAction.Duplicate)
                firstLineOfUser.TryAdd(id, row.Line);
        }

        return [.. input.Rows.Select(row => itemRow.TryGetValue(row, out var item) ? WithPlan(row, item, firstLineOfUser) : row)];
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
        return [.. rows.Select(row => row.IsChange && row.PlanIndex is { } index && byIndex.TryGetValue(index, out var item)
            ? WithOutcome(row, item)
            : row)];
    }

    /// <summary>A journaled job's items as rows, with their input lines (null for picked users and for jobs journaled before lines were).</summary>
    public static IReadOnlyList<WorkRow> FromJournal(IEnumerable<BulkJobItem> items) =>
        [.. items.Select(i => WithRingChange(WithOutcome(new WorkRow(i.Line, i.Identifier, StateOf(i.Action))
        {
            PlanIndex = i.Index,
            Identifier = i.Identifier,
            UserId = i.UserId,
            UserName = i.UserName,
            Note = i.Note,
        }, i), i))];

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

    private static RowState StateOf(BulkItemAction action) => action switch
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
