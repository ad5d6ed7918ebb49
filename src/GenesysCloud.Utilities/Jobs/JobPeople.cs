using GenesysCloud.Bulk;
using GenesysCloud.Utilities.SkillsManager;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.Jobs;

/// <summary>
/// A job counted per person rather than per item, for a job whose input rows stand for several items (a copy: one item
/// per person × skill or language). Counted from the rows <see cref="WorkRows.FromJournal"/> makes, so the list, the
/// detail and <c>gcutil</c> agree on what a person's state is.
/// </summary>
/// <param name="Changing">People the job changes: their row had at least one change to send.</param>
/// <param name="Applied">People all of whose changes were made.</param>
/// <param name="Failed">People with at least one change the API refused.</param>
public sealed record JobPeople(int Changing, int Applied, int Failed)
{
    /// <summary>True when <paramref name="job"/>'s items are read per person (a copy of skills and languages).</summary>
    public static bool AppliesTo(BulkJob job) => job?.Operation == BulkOperation.CopyRouting;

    /// <summary>The per-person counts of a job's journaled items.</summary>
    public static JobPeople Count(IEnumerable<BulkJobItem> items) => Count(WorkRows.FromJournal(items));

    /// <summary>The per-person counts of a job's rows (<see cref="WorkRows.FromJournal"/>).</summary>
    public static JobPeople Count(IReadOnlyList<WorkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new(
            rows.Count(r => r.State is RowState.WillChange or RowState.Applied or RowState.Failed or RowState.Unknown or RowState.NotApplied),
            rows.Count(r => r.State == RowState.Applied),
            rows.Count(r => r.State == RowState.Failed));
    }

    /// <summary>
    /// A copy job's rows read without the org: what each person's changes do ("gives 2 items, removes 1 item"), each
    /// item's note naming its skill or language, and their outcomes ("2 of 3 changes applied, 1 failed").
    /// </summary>
    public static IReadOnlyList<WorkRow> OfflineRows(IEnumerable<BulkJobItem> items) => WorkRows.FromJournal(items, RoutingCopyChange.SummaryOf([]));

    /// <summary>"3 of 4 people", or "3 of 4 people, 1 failed".</summary>
    public override string ToString() => AppliedOf(Applied, Of(Changing), Failed);

    /// <summary>"1 person", "4 people".</summary>
    public static string Of(int people) => Plural.Of(people, "person", "people");

    /// <summary>A list's applied count: "3 of 4", with ", 1 failed" when any failed.</summary>
    public static string AppliedOf(int applied, string of, int failed) =>
        failed == 0 ? $"{applied:N0} of {of}" : $"{applied:N0} of {of}, {failed:N0} failed";
}
