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
/// </summary>
public sealed class SqliteJobJournal : SqlJobJournal
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
    protected override string IndexIsOneOfIndexes => "idx IN @Indexes";

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
    protected override async Task InsertItemsAsync(DbConnection connection, DbTransaction tx, string jobId, IReadOnlyList<BulkJobItem> items,
        CancellationToken ct)
    {
        await using var insert = (SqliteCommand)connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)tx;
        insert.CommandText = """
            INSERT INTO items (job_id, idx, identifier, user_id, user_name, action, was_present, proficiency_before, proficiency, status, note, error, updated_at,
                               line, ring_number_before, ring_number, target_id)
            VALUES ($job, $idx, $identifier, $user, $uname, $action, $was, $pb, $p, $status, $note, $error, $at, $line, $rb, $r, $target)
            """;
        var p = new[] { "$job", "$idx", "$identifier", "$user", "$uname", "$action", "$was", "$pb", "$p", "$status", "$note", "$error", "$at", "$line", "$rb", "$r", "$target" }
            .Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        insert.Prepare();
        foreach (var item in items)
        {
            object?[] values =
            [
                jobId, item.Index, item.Identifier, item.UserId, item.UserName, item.Action.ToString(), item.WasPresent ? 1 : 0,
                item.ProficiencyBefore, item.Proficiency, item.Status.ToString(), item.Note, item.Error, ToDb(item.UpdatedAt),
                item.Line, item.RingNumberBefore, item.RingNumber, item.TargetId,
            ];
            for (var i = 0; i < p.Length; i++) p[i].Value = values[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
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
            _migrated = true;
        }

        return connection;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _gate.Dispose();
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
