using System.Data.Common;
using System.Globalization;
using Dapper;
using GenesysCloud.Bulk.Journal.Migrations;
using Microsoft.Data.Sqlite;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// <see cref="IJobJournal"/> in one SQLite file (WAL mode). By default the file is
/// <see cref="DefaultPath"/> in the user's local application data folder; pass a connection string to use another.
/// Writes from one instance are serialized; SQLite's busy timeout covers other processes. A lease claim is a
/// conditional update in an immediate transaction (it takes the write lock first), so it is exclusive.
/// The schema is migrated in place on first use (<c>Migrations/Sqlite</c>).
/// A new job's items are durable when <see cref="SqlJobJournal.CreateJobAsync"/> returns, but only the first
/// <see cref="RowsAtCreation"/> are rows by then: the rest are one JSON record on the job, made rows in the background while
/// the first are sent. Reads and status writes of those items wait for their rows;
/// a journal opened after a crash makes rows of what was left.
/// </summary>
public sealed partial class SqliteJobJournal : SqlJobJournal
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _migrated;

    /// <summary>Opens (and creates or upgrades on first use) the journal.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string; null = <see cref="DefaultPath"/>.</param>
    /// <param name="time">Clock for item timestamps; system clock by default.</param>
    public SqliteJobJournal(string? connectionString = null, TimeProvider? time = null)
        : base(time) =>
        _connectionString = connectionString ?? ForFile(DefaultPath);

    /// <summary>The default journal file: <c>&lt;LocalApplicationData&gt;/GenesysCloudUtilities/jobs.db</c>.</summary>
    public static string DefaultPath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "GenesysCloudUtilities", "jobs.db");

    /// <inheritdoc />
    protected override string IndexIsOneOfIndexes => "idx IN (SELECT value FROM json_each(@Indexes))";

    /// <summary>One JSON array parameter, where Dapper expands an array into one parameter per index (500 in a statement).</summary>
    protected override object IndexesParameter(int[] indexes) => $"[{string.Join(',', indexes)}]";

    /// <inheritdoc />
    protected override string InsertionOrder => "j.rowid";

    /// <inheritdoc />
    protected override string LockLeaseRow => "";

    /// <summary>
    /// A connection string for a journal file. A missing folder is created readable by this user only (0700) and
    /// the file is kept at 0600 (SQLite gives its -wal and -shm files the same mode): the journal names people.
    /// </summary>
    public static string ForFile(string path)
    {
        JournalFileMode.Restrict(Path.GetFullPath(path));
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <inheritdoc />
    protected override object ToDb(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override async Task<T> WriteAsync<T>(bool transaction, Func<DbConnection, DbTransaction?, Task<T>> write, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await base.WriteAsync(transaction, write, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        if (!_migrated)
        {
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
            await SchemaMigrator.MigrateAsync(connection, "Sqlite", _ => Task.CompletedTask, tx => UnversionedAsync(connection, tx), ct);
            await StoreLeftoverStagedItemsAsync(connection, ct);
            _migrated = true;
        }

        return connection;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Staged items left unstored are stored by the next journal opened on the file; waiting here just spares it that.
            Task.WhenAll(_staged.Values.Select(s => s.Completion)).ContinueWith(static _ => { }, TaskScheduler.Default).Wait(TimeSpan.FromSeconds(10));
            _gate.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Journals from before versioning: version 1 had no org column, version 2 added it.</summary>
    private static async Task<int> UnversionedAsync(SqliteConnection connection, DbTransaction tx)
    {
        var hasJobs = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'jobs'", transaction: tx) > 0;
        if (!hasJobs) return 0;
        var hasOrg = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pragma_table_info('jobs') WHERE name = 'org'", transaction: tx) > 0;
        return hasOrg ? 2 : 1;
    }
}
