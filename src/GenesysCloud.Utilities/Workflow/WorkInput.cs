using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// The rows of one input (a paste, a CSV file, picked users, a group's or queue's members), each with its line,
/// before planning: invalid and repeated rows are already marked, the others wait for the plan.
/// </summary>
/// <param name="Source">Where the input came from, for headings ("pasted text", "people.csv", "members of 'Sales'").</param>
/// <param name="Rows">One row per identifier in input order.</param>
public sealed record WorkInput(string Source, IReadOnlyList<WorkRow> Rows)
{
    /// <summary>Set when the input must not be applied at all (e.g. cells that would run as spreadsheet formulas).</summary>
    public string? BlockedReason { get; init; }

    /// <summary>
    /// Set when the input's own columns decide part of the change (a CSV's ringNumber per row, see
    /// <see cref="BulkChange.FromCsvColumns"/>): the input is planned as this change instead of the utility's.
    /// </summary>
    public BulkChange? PlannedAs { get; init; }

    /// <summary>The identifiers planning resolves: the rows not already marked invalid or duplicate, in input order.</summary>
    public IReadOnlyList<WorkRow> Planned => [.. Rows.Where(r => r.Identifier is not null)];

    /// <summary>Parsed text or CSV: each entry keeps its line (and CSV column).</summary>
    public static WorkInput From(string source, IdentifierInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rows = input.Entries.Select(e => new WorkRow(e.Row, e.Raw, e.Status switch
        {
            IdentifierStatus.Invalid => RowState.Invalid,
            IdentifierStatus.Duplicate => RowState.Duplicate,
            _ => RowState.WillChange,
        })
        {
            Column = e.Column,
            Note = e.Problem,
            Identifier = e.Status == IdentifierStatus.Valid ? e.Value : null,
        }).ToArray();
        return new WorkInput(source, rows)
        {
            BlockedReason = input.HasFormulaCells
                ? "The input has cells that would run as spreadsheet formulas (marked invalid). Remove them and try again."
                : null,
        };
    }

    /// <summary>Users picked from search or a list (or a group's members): planned by id, shown by email; repeats dropped.</summary>
    public static WorkInput FromUsers(string source, IEnumerable<User> users) => new(source,
        [.. users.DistinctBy(u => u.Id).Select(u => new WorkRow(null, u.Email ?? u.Name ?? u.Id, RowState.WillChange)
        {
            Identifier = u.Id,
            UserName = u.Name,
        })]);
}
