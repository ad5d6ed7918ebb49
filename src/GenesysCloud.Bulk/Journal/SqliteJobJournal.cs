using System.Collections.Concurrent;
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
/// the first are sent (10,000 rows take about 60 ms to write). Reads and status writes of those items wait for their rows;
/// a journal opened after a crash makes rows of what was left.
/// </summary>
public sealed class SqliteJobJournal : SqlJobJournal
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, StagedItems> _staged = new(StringComparer.Ordinal);
    private volatile bool _migrated;

    /// <summary>Items of a new job stored as rows in its transaction; the rest are staged (see <see cref="InsertItemsAsync"/>).</summary>
    internal const int RowsAtCreation = 2_000;

    /// <summary>Staged items stored per transaction: each takes the write lock for a few milliseconds only.</summary>
    private const int RowsPerStagedChunk = 1_000;

    /// <summary>Opens (and creates or upgrades on first use) the journal.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string; null = <see cref="DefaultPath"/>.</param>
    /// <param name="time">Clock for item timestamps; system clock by default.</param>
    public SqliteJobJournal(string? connectionString = null, TimeProvider? time = null)
        : base(time) =>
        _connectionString = connectionString ?? ForFile(DefaultPath);

    /// <summary>
    /// False leaves a new job's staged items unstored, as a process that stopped right after creating the job would
    /// (tests of the recovery).
    /// </summary>
    internal bool StoresStagedItems { get; init; } = true;

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
    protected override async Task<Action?> InsertItemsAsync(DbConnection connection, DbTransaction tx, string jobId, IReadOnlyList<BulkJobItem> items,
        CancellationToken ct)
    {
        var sqlite = (SqliteConnection)connection;
        var asRows = items.Count > RowsAtCreation ? items.Take(RowsAtCreation).ToList() : items;
        await InsertRowsAsync(sqlite, (SqliteTransaction)tx, jobId, ItemRowsJson.Write(asRows, ToDb), ct);
        if (items.Count <= RowsAtCreation) return null;

        var staged = new StagedItems(items.Skip(RowsAtCreation), RowsPerStagedChunk, chunk => ItemRowsJson.Write(chunk, ToDb));
        await using var stage = sqlite.CreateCommand();
        stage.Transaction = (SqliteTransaction)tx;
        stage.CommandText = "UPDATE jobs SET staged_items = $rows WHERE id = $job";
        stage.Parameters.AddWithValue("$job", jobId);
        stage.Parameters.AddWithValue("$rows", ItemRowsJson.Concatenate(staged.ChunkRows));
        await stage.ExecuteNonQueryAsync(ct);
        return StoresStagedItems ? () => StartStoring(jobId, staged) : null;
    }

    /// <summary>Stores the staged items as rows in the background, a chunk per transaction, so status writes interleave.</summary>
    private void StartStoring(string jobId, StagedItems staged)
    {
        _staged[jobId] = staged;
        _ = Task.Run(async () =>
        {
            await staged.RunAsync((rows, last) => StoreStagedChunkAsync(jobId, rows, last));
            // A failed chunk stays registered: the job's reads and writes report it until a new process stores the rest.
            if (staged.Completion.IsCompletedSuccessfully) _staged.TryRemove(KeyValuePair.Create(jobId, staged));
        });
    }

    /// <inheritdoc />
    protected override Task ItemsStoredAsync(string? jobId, IEnumerable<int>? indexes, CancellationToken ct)
    {
        if (_staged.IsEmpty) return Task.CompletedTask;
        if (jobId is null) return Task.WhenAll(_staged.Values.Select(s => s.Completion)).WaitAsync(ct);
        if (!_staged.TryGetValue(jobId, out var staged)) return Task.CompletedTask;
        return (indexes is null ? staged.Completion : staged.StoredAsync(indexes)).WaitAsync(ct);
    }

    private Task StoreStagedChunkAsync(string jobId, string rows, bool last) =>
        WriteAsync(transaction: true, async (connection, tx) =>
        {
            await InsertRowsAsync((SqliteConnection)connection, (SqliteTransaction)tx!, jobId, rows, CancellationToken.None, ifNew: true);
            if (last) await connection.ExecuteAsync("UPDATE jobs SET staged_items = NULL WHERE id = @Id", new { Id = jobId }, tx);
            return 0;
        }, CancellationToken.None);

    /// <summary>
    /// One statement over a JSON array of rows (<see cref="ItemRowsJson"/>, read by SQLite's json_each): binding 17
    /// parameters per row cost 10 µs a row. <paramref name="ifNew"/> skips rows already stored (by a journal that found the
    /// job's staged items after a crash).
    /// </summary>
    private static async Task InsertRowsAsync(SqliteConnection connection, SqliteTransaction tx, string jobId, string rows, CancellationToken ct,
        bool ifNew = false)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = RowsFromJson("$rows", ifNew);
        insert.Parameters.AddWithValue("$job", jobId);
        insert.Parameters.AddWithValue("$rows", rows);
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Stores as rows the staged items of jobs whose process stopped before it had (crash or kill).</summary>
    private static async Task StoreLeftoverStagedItemsAsync(SqliteConnection connection, CancellationToken ct)
    {
        var jobs = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM jobs WHERE staged_items IS NOT NULL", cancellationToken: ct))).ToList();
        foreach (var jobId in jobs)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = tx;
                insert.CommandText = RowsFromJson("(SELECT staged_items FROM jobs WHERE id = $job)", ifNew: true);
                insert.Parameters.AddWithValue("$job", jobId);
                await insert.ExecuteNonQueryAsync(ct);
            }

            await connection.ExecuteAsync(new CommandDefinition("UPDATE jobs SET staged_items = NULL WHERE id = @Id", new { Id = jobId }, tx,
                cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
    }

    private static string RowsFromJson(string rows, bool ifNew) => $"""
        INSERT INTO items (job_id, idx, identifier, user_id, user_name, action, was_present, proficiency_before, proficiency, status, note, error, updated_at,
                           line, ring_number_before, ring_number, target_id)
        SELECT $job, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8,
               value ->> 9, value ->> 10, value ->> 11, value ->> 12, value ->> 13, value ->> 14, value ->> 15
        FROM json_each({rows}) WHERE true
        {(ifNew ? "ON CONFLICT (job_id, idx) DO NOTHING" : "")}
        """;

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
