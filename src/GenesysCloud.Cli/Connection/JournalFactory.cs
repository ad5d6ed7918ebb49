using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Cli.Connection;

/// <summary>Opens the job journal named by --journal: a file path, a SQLite connection string, or the default file.</summary>
public static class JournalFactory
{
    public static SqliteJobJournal Open(string? journal)
    {
        if (string.IsNullOrWhiteSpace(journal))
            return new SqliteJobJournal();
        var value = journal.Trim();
        return new SqliteJobJournal(value.Contains('=', StringComparison.Ordinal) ? value : SqliteJobJournal.ForFile(value));
    }
}
