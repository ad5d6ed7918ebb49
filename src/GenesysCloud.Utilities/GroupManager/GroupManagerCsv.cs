using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.GroupManager;

/// <summary>Group Manager's member export, written by the formula-safe writer (the change report is the workflow's).</summary>
public static class GroupManagerCsv
{
    /// <summary>Members as CSV: id, name, email, username, department, title, state.</summary>
    public static byte[] Members(IEnumerable<User> members) => SafeCsvWriter.ToUtf8Bytes(
        ["id", "name", "email", "username", "department", "title", "state"],
        members.Select(m => new[] { m.Id, m.Name, m.Email, m.Username, m.Department, m.Title, m.State }));
}
