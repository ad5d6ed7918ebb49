using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>The report of a bulk change as formula-safe CSV: one line per input row, with its line number.</summary>
public static class WorkReport
{
    /// <summary>Header and rows: line, input, status (in the change's words), user, note, error.</summary>
    public static byte[] Csv(IEnumerable<WorkRow> rows, ChangeWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return SafeCsvWriter.ToUtf8Bytes(
            ["line", "input", "status", "state", "userId", "userName", "note", "error"],
            rows.Select(r => new[]
            {
                r.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Input, wording.Label(r.State), r.State.ToString(),
                r.UserId, r.UserName, r.Note, r.Error,
            }));
    }
}
