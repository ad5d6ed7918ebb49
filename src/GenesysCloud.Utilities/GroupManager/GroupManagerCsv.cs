using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.GroupManager;

/// <summary>Group Manager's CSV exports, written by the formula-safe writer.</summary>
public static class GroupManagerCsv
{
    /// <summary>Members as CSV: id, name, email, username, department, title, state.</summary>
    public static byte[] Members(IEnumerable<User> members) => SafeCsvWriter.ToUtf8Bytes(
        ["id", "name", "email", "username", "department", "title", "state"],
        members.Select(m => new[] { m.Id, m.Name, m.Email, m.Username, m.Department, m.Title, m.State }));

    /// <summary>A preview, with results when applied, as CSV: one line per input row.</summary>
    public static byte[] Report(MembershipPreview preview, MembershipApplyResult? result)
    {
        var outcomes = result?.Rows.ToDictionary(r => r.Row, ReferenceEqualityComparer.Instance as IEqualityComparer<PreviewRow>)
            ?? new Dictionary<PreviewRow, ApplyRowResult>(ReferenceEqualityComparer.Instance);
        return SafeCsvWriter.ToUtf8Bytes(
            ["line", "input", "status", "userId", "userName", "note", "result", "error"],
            preview.Rows.Select(r =>
            {
                var outcome = outcomes.GetValueOrDefault(r);
                return new[] { r.Row?.ToString(), r.Input, r.Status.ToString(), r.UserId, r.UserName, r.Note, outcome?.Outcome.ToString(), outcome?.Error };
            }));
    }
}
