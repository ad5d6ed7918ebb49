using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Cli.Connection;

/// <summary>
/// Opens the job journal named by --journal: a SQLite file path or connection string, a PostgreSQL connection
/// string (<c>Host=…</c>), or the default file. One given explicitly is used with --sandbox too; without one,
/// --sandbox has a file of its own, so demo jobs never mix with a real org's audit trail.
/// </summary>
public static class JournalFactory
{
    public static SqlJobJournal Open(string? journal, bool sandbox = false) =>
        string.IsNullOrWhiteSpace(journal) && sandbox
            ? new SqliteJobJournal(SqliteJobJournal.ForFile(SandboxPath))
            : JobJournals.Open(journal);

    /// <summary><c>sandbox-jobs.db</c> beside the default journal.</summary>
    public static string SandboxPath =>
        Path.Combine(Path.GetDirectoryName(SqliteJobJournal.DefaultPath)!, "sandbox-jobs.db");
}
