using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// <see cref="IJobJournal"/> in one SQLite file (WAL mode). By default the file is
/// <see cref="DefaultPath"/> in the user's local application data folder; pass a connection string to use another.
/// Writes from one instance are serialized; SQLite's busy timeout covers other processes.
/// </summary>
public sealed class SqliteJobJournal : IJobJournal, IDisposable
{
    private const string ItemColumns =
        "job_id, idx, identifier, user_id, user_name, action, was_present, proficiency_before, proficiency, status, note, error, updated_at";

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _created;

    /// <summary>Opens (and creates on first use) the journal.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string; null = <see cref="DefaultPath"/>.</param>
    /// <param name="time">Clock for item timestamps; system clock by default.</param>
    public SqliteJobJournal(string? connectionString = null, TimeProvider? time = null)
    {
        _connectionString = connectionString ?? ForFile(DefaultPath);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The default journal file: <c>&lt;LocalApplicationData&gt;/GenesysCloudUtilities/jobs.db</c>.</summary>
    public static string DefaultPath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "GenesysCloudUtilities", "jobs.db");

    /// <summary>A connection string for a journal file (its folder is created when missing).</summary>
    public static string ForFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <inheritdoc />
    public async Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default)
    {
        await WriteAsync(async (connection, tx) =>
        {
            await using (var insertJob = connection.CreateCommand())
            {
                insertJob.Transaction = tx;
                insertJob.CommandText = """
                    INSERT INTO jobs (id, operation, target_id, target_name, proficiency, requested_by, undo_of, resolution,
                                      status, created_at, finished_at, calls, http429, error, org)
                    VALUES ($id, $op, $target, $name, $prof, $by, $undo, $res, $status, $created, $finished, $calls, $h429, $error, $org)
                    """;
                AddJobParameters(insertJob, job);
                insertJob.Parameters.AddWithValue("$op", job.Operation.ToString());
                insertJob.Parameters.AddWithValue("$target", job.TargetId);
                insertJob.Parameters.AddWithValue("$name", job.TargetName);
                insertJob.Parameters.AddWithValue("$prof", (object?)job.Proficiency ?? DBNull.Value);
                insertJob.Parameters.AddWithValue("$by", (object?)job.RequestedBy ?? DBNull.Value);
                insertJob.Parameters.AddWithValue("$undo", (object?)job.UndoOfJobId ?? DBNull.Value);
                insertJob.Parameters.AddWithValue("$res", job.Resolution.ToString());
                insertJob.Parameters.AddWithValue("$created", Format(job.CreatedAt));
                insertJob.Parameters.AddWithValue("$org", (object?)job.Org ?? DBNull.Value);
                await insertJob.ExecuteNonQueryAsync(ct);
            }

            await using var insertItem = connection.CreateCommand();
            insertItem.Transaction = tx;
            insertItem.CommandText = $"INSERT INTO items ({ItemColumns}) VALUES ($job, $idx, $identifier, $user, $uname, $action, $was, $pb, $p, $status, $note, $error, $at)";
            var p = new[] { "$job", "$idx", "$identifier", "$user", "$uname", "$action", "$was", "$pb", "$p", "$status", "$note", "$error", "$at" }
                .Select(n => insertItem.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
            insertItem.Prepare();
            foreach (var item in items)
            {
                object?[] values =
                [
                    job.Id, item.Index, item.Identifier, item.UserId, item.UserName, item.Action.ToString(), item.WasPresent ? 1 : 0,
                    item.ProficiencyBefore, item.Proficiency, item.Status.ToString(), item.Note, item.Error, Format(item.UpdatedAt),
                ];
                for (var i = 0; i < p.Length; i++) p[i].Value = values[i] ?? DBNull.Value;
                await insertItem.ExecuteNonQueryAsync(ct);
            }
        }, ct);
    }

    /// <inheritdoc />
    public Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
        CancellationToken ct = default) =>
        WriteAsync(async (connection, tx) =>
        {
            await using var update = connection.CreateCommand();
            update.Transaction = tx;
            update.CommandText = "UPDATE items SET status = $status, error = $error, note = coalesce($note, note), updated_at = $at WHERE job_id = $job AND idx = $idx";
            update.Parameters.AddWithValue("$status", status.ToString());
            update.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
            update.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
            update.Parameters.AddWithValue("$at", Format(_time.GetUtcNow()));
            update.Parameters.AddWithValue("$job", jobId);
            var idx = update.Parameters.Add(new SqliteParameter { ParameterName = "$idx" });
            update.Prepare();
            foreach (var index in indexes)
            {
                idx.Value = index;
                await update.ExecuteNonQueryAsync(ct);
            }
        }, ct);

    /// <inheritdoc />
    public Task UpdateJobAsync(BulkJob job, CancellationToken ct = default) =>
        WriteAsync(async (connection, tx) =>
        {
            await using var update = connection.CreateCommand();
            update.Transaction = tx;
            update.CommandText = "UPDATE jobs SET status = $status, finished_at = $finished, calls = $calls, http429 = $h429, error = $error WHERE id = $id";
            AddJobParameters(update, job);
            if (await update.ExecuteNonQueryAsync(ct) == 0) throw new InvalidOperationException($"Job {job.Id} is not in the journal.");
        }, ct);

    /// <inheritdoc />
    public async Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct = default) =>
        (await QueryJobsAsync("WHERE j.id = $id", cmd => cmd.Parameters.AddWithValue("$id", jobId), ct)).SingleOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, string? org = null, CancellationToken ct = default) =>
        QueryJobsAsync($"{(org is null ? "" : "WHERE j.org = $org ")}ORDER BY j.created_at DESC, j.rowid DESC LIMIT $limit", cmd =>
        {
            cmd.Parameters.AddWithValue("$limit", limit);
            if (org is not null) cmd.Parameters.AddWithValue("$org", org);
        }, ct);

    /// <inheritdoc />
    public async Task<IReadOnlyList<BulkJobItem>> GetItemsAsync(string jobId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {ItemColumns} FROM items WHERE job_id = $job ORDER BY idx";
        query.Parameters.AddWithValue("$job", jobId);
        await using var reader = await query.ExecuteReaderAsync(ct);
        var items = new List<BulkJobItem>();
        while (await reader.ReadAsync(ct))
        {
            items.Add(new BulkJobItem(
                reader.GetString(0), reader.GetInt32(1), reader.GetString(2), NullableString(reader, 3),
                Enum.Parse<BulkItemAction>(reader.GetString(5)), Enum.Parse<BulkItemStatus>(reader.GetString(9)))
            {
                UserName = NullableString(reader, 4),
                WasPresent = reader.GetInt32(6) != 0,
                ProficiencyBefore = reader.IsDBNull(7) ? null : reader.GetDouble(7),
                Proficiency = reader.IsDBNull(8) ? null : reader.GetDouble(8),
                Note = NullableString(reader, 10),
                Error = NullableString(reader, 11),
                UpdatedAt = Parse(reader.GetString(12)),
            });
        }

        return items;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<IReadOnlyList<BulkJob>> QueryJobsAsync(string tail, Action<SqliteCommand> bind, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var query = connection.CreateCommand();
        query.CommandText = $"""
            SELECT j.id, j.operation, j.target_id, j.target_name, j.proficiency, j.requested_by, j.undo_of, j.resolution,
                   j.status, j.created_at, j.finished_at, j.calls, j.http429, j.error, j.org,
                   (SELECT COUNT(*) FROM items i WHERE i.job_id = j.id),
                   (SELECT COUNT(*) FROM items i WHERE i.job_id = j.id AND i.action = 'WillChange'),
                   (SELECT COUNT(*) FROM items i WHERE i.job_id = j.id AND i.status = 'Applied'),
                   (SELECT COUNT(*) FROM items i WHERE i.job_id = j.id AND i.status = 'Failed'),
                   (SELECT COUNT(*) FROM items i WHERE i.job_id = j.id AND i.status IN ('Pending', 'InFlight'))
            FROM jobs j {tail}
            """;
        bind(query);
        await using var reader = await query.ExecuteReaderAsync(ct);
        var jobs = new List<BulkJob>();
        while (await reader.ReadAsync(ct))
        {
            jobs.Add(new BulkJob(reader.GetString(0), Enum.Parse<BulkOperation>(reader.GetString(1)), reader.GetString(2), reader.GetString(3), Parse(reader.GetString(9)))
            {
                Proficiency = reader.IsDBNull(4) ? null : reader.GetDouble(4),
                RequestedBy = NullableString(reader, 5),
                UndoOfJobId = NullableString(reader, 6),
                Resolution = Enum.Parse<ResolutionStrategy>(reader.GetString(7)),
                Status = Enum.Parse<BulkJobStatus>(reader.GetString(8)),
                FinishedAt = reader.IsDBNull(10) ? null : Parse(reader.GetString(10)),
                Calls = reader.GetInt32(11),
                Http429 = reader.GetInt32(12),
                Error = NullableString(reader, 13),
                Org = NullableString(reader, 14),
                ItemCount = reader.GetInt32(15),
                ChangeCount = reader.GetInt32(16),
                AppliedCount = reader.GetInt32(17),
                FailedCount = reader.GetInt32(18),
                UnfinishedCount = reader.GetInt32(19),
            });
        }

        return jobs;
    }

    private static void AddJobParameters(SqliteCommand command, BulkJob job)
    {
        command.Parameters.AddWithValue("$id", job.Id);
        command.Parameters.AddWithValue("$status", job.Status.ToString());
        command.Parameters.AddWithValue("$finished", job.FinishedAt is { } f ? Format(f) : DBNull.Value);
        command.Parameters.AddWithValue("$calls", job.Calls);
        command.Parameters.AddWithValue("$h429", job.Http429);
        command.Parameters.AddWithValue("$error", (object?)job.Error ?? DBNull.Value);
    }

    private async Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await write(connection, tx);
            await tx.CommitAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(ct);
        if (!_created)
        {
            pragma.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS jobs (
                    id TEXT PRIMARY KEY, operation TEXT NOT NULL, target_id TEXT NOT NULL, target_name TEXT NOT NULL,
                    proficiency REAL, requested_by TEXT, undo_of TEXT, resolution TEXT NOT NULL, status TEXT NOT NULL,
                    created_at TEXT NOT NULL, finished_at TEXT, calls INTEGER NOT NULL, http429 INTEGER NOT NULL, error TEXT,
                    org TEXT);
                CREATE TABLE IF NOT EXISTS items (
                    job_id TEXT NOT NULL REFERENCES jobs(id), idx INTEGER NOT NULL, identifier TEXT NOT NULL, user_id TEXT,
                    user_name TEXT, action TEXT NOT NULL, was_present INTEGER NOT NULL, proficiency_before REAL,
                    proficiency REAL, status TEXT NOT NULL, note TEXT, error TEXT, updated_at TEXT NOT NULL,
                    PRIMARY KEY (job_id, idx));
                CREATE INDEX IF NOT EXISTS jobs_created ON jobs(created_at);
                """;
            await pragma.ExecuteNonQueryAsync(ct);
            // Journals written before jobs recorded their org gain the column; their jobs keep a null org.
            pragma.CommandText = "SELECT COUNT(*) FROM pragma_table_info('jobs') WHERE name = 'org'";
            if (Convert.ToInt64(await pragma.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
            {
                pragma.CommandText = "ALTER TABLE jobs ADD COLUMN org TEXT";
                await pragma.ExecuteNonQueryAsync(ct);
            }

            _created = true;
        }

        return connection;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
