using System.Data.Common;
using Dapper;
using GenesysCloud.Bulk.Journal.Migrations;
using Npgsql;
using NpgsqlTypes;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// <see cref="IJobJournal"/> in a PostgreSQL database shared by a team's app instances and CLIs. A lease claim
/// locks the job's lease row with <c>SELECT … FOR UPDATE SKIP LOCKED</c>, so of two instances claiming one job
/// at once, one gets it and the other is told the job is taken. The schema is migrated on first use
/// (<c>Migrations/Postgres</c>, under an advisory lock, so instances starting together migrate once).
/// </summary>
public sealed class PostgresJobJournal : SqlJobJournal
{
    /// <summary>Advisory lock key of the journal's migrations (any constant other tools are unlikely to use).</summary>
    private const long MigrationLock = 0x4743_5574_696C_4A6E; // "GCUtilJn"

    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _migrated;

    /// <summary>Opens the journal in the database of <paramref name="connectionString"/> (an Npgsql connection string, <c>Host=…</c>).</summary>
    /// <param name="connectionString">Host, port, database, username, password, … (see Npgsql's connection string parameters).</param>
    /// <param name="time">Clock for item timestamps; system clock by default.</param>
    public PostgresJobJournal(string connectionString, TimeProvider? time = null)
        : base(time) =>
        _dataSource = NpgsqlDataSource.Create(connectionString);

    /// <inheritdoc />
    protected override string IndexIsOneOfIndexes => "idx = ANY(@Indexes)";

    /// <inheritdoc />
    protected override string InsertionOrder => "j.seq";

    /// <inheritdoc />
    protected override string LockLeaseRow => "FOR UPDATE SKIP LOCKED";

    /// <summary>Brings the database's schema up to date (done on first use as well); returns its version.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        return await SchemaMigrator.MigrateAsync(
            connection,
            "Postgres",
            tx => connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@Key)", new { Key = MigrationLock }, tx),
            _ => Task.FromResult(0),
            ct);
    }

    /// <summary>An open connection to the journal's database with its schema up to date (for the data protection key ring).</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken ct = default) =>
        (NpgsqlConnection)await OpenAsync(ct);

    /// <inheritdoc />
    protected override async Task<Action?> InsertItemsAsync(DbConnection connection, DbTransaction tx, string jobId, IReadOnlyList<BulkJobItem> items,
        CancellationToken ct)
    {
        // COPY: one round trip for the whole job, where 10,000 INSERTs would be 10,000.
        await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY items (job_id, idx, identifier, user_id, user_name, action, was_present, proficiency_before, proficiency, status, note, error, updated_at, line, ring_number_before, ring_number, target_id) FROM STDIN (FORMAT BINARY)",
            ct);
        foreach (var item in items)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(jobId, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(item.Index, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(item.Identifier, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, item.UserId, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, item.UserName, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(item.Action.ToString(), NpgsqlDbType.Text, ct);
            await copy.WriteAsync(item.WasPresent, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, item.ProficiencyBefore, NpgsqlDbType.Double, ct);
            await WriteNullableAsync(copy, item.Proficiency, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(item.Status.ToString(), NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, item.Note, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, item.Error, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(item.UpdatedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, item.Line, ct);
            await WriteNullableAsync(copy, item.RingNumberBefore, ct);
            await WriteNullableAsync(copy, item.RingNumber, ct);
            await WriteNullableAsync(copy, item.TargetId, NpgsqlDbType.Text, ct);
        }

        await copy.CompleteAsync(ct);
        return null;
    }

    /// <inheritdoc />
    protected override object ToDb(DateTimeOffset value) => value.UtcDateTime;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (!_migrated)
        {
            await _migration.WaitAsync(ct);
            try
            {
                if (!_migrated) await MigrateAsync(ct);
                _migrated = true;
            }
            finally
            {
                _migration.Release();
            }
        }

        return await _dataSource.OpenConnectionAsync(ct);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
            _migration.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, double? value, NpgsqlDbType type, CancellationToken ct) =>
        value is { } number ? copy.WriteAsync(number, type, ct) : copy.WriteNullAsync(ct);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, int? value, CancellationToken ct) =>
        value is { } number ? copy.WriteAsync(number, NpgsqlDbType.Integer, ct) : copy.WriteNullAsync(ct);
}
