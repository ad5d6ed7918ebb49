using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Cli.Connection;

/// <summary>
/// Opens the job journal named by --journal: a file path, a SQLite connection string, or the default file.
/// With --sandbox the default is a file of its own, so demo jobs never mix with a real org's audit trail.
/// </summary>
public static class JournalFactory
{
    public static SqliteJobJournal Open(string? journal, bool sandbox = false)
    {
        if (string.IsNullOrWhiteSpace(journal))
            return sandbox ? new SqliteJobJournal(SqliteJobJournal.ForFile(SandboxPath)) : new SqliteJobJournal();
        var value = journal.Trim();
        return new SqliteJobJournal(value.Contains('=', StringComparison.Ordinal) ? value : SqliteJobJournal.ForFile(value));
    }

    /// <summary><c>sandbox-jobs.db</c> beside the default journal.</summary>
    public static string SandboxPath =>
        Path.Combine(Path.GetDirectoryName(SqliteJobJournal.DefaultPath)!, "sandbox-jobs.db");
}
