using System.Data.Common;
using Npgsql;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// Opens the journal a setting names (<c>--journal</c>, <c>Jobs:Journal</c>): a PostgreSQL connection string
/// (<c>Host=…</c>) for a team, else a SQLite file path or connection string (<c>Data Source=…</c>).
/// </summary>
public static class JobJournals
{
    /// <summary>Opens the journal <paramref name="setting"/> names; null or blank = the default SQLite file.</summary>
    public static SqlJobJournal Open(string? setting, TimeProvider? time = null)
    {
        if (string.IsNullOrWhiteSpace(setting)) return new SqliteJobJournal(time: time);
        var value = setting.Trim();
        if (IsPostgres(value)) return new PostgresJobJournal(value, time);
        return new SqliteJobJournal(value.Contains('=', StringComparison.Ordinal) ? value : SqliteJobJournal.ForFile(value), time);
    }

    /// <summary>True for a connection string with a <c>Host</c> (or <c>Server</c>) key: PostgreSQL.</summary>
    public static bool IsPostgres(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (!setting.Contains('=', StringComparison.Ordinal)) return false;
        try
        {
            var keys = new DbConnectionStringBuilder { ConnectionString = setting };
            return keys.ContainsKey("Host") || keys.ContainsKey("Server");
        }
        catch (ArgumentException)
        {
            return false; // not a connection string: a file name with '=' in it
        }
    }

    /// <summary>Where a journal setting points, for messages: a file path or host and database, never a password.</summary>
    public static string Describe(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return SqliteJobJournal.DefaultPath;
        var value = setting.Trim();
        if (IsPostgres(value))
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        }

        return value;
    }
}
