using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// Staging: a new job's first <see cref="RowsAtCreation"/> items become rows in its transaction and the rest one durable
/// JSON record on the job, made rows chunk by chunk in the background while the first are sent.
/// </summary>
public sealed partial class SqliteJobJournal
{
    private readonly ConcurrentDictionary<string, StagedItems> _staged = new(StringComparer.Ordinal);

    /// <summary>Items of a new job stored as rows in its transaction; the rest are staged.</summary>
    internal const int RowsAtCreation = 2_000;

    /// <summary>Staged items stored per transaction: each takes the write lock for a few milliseconds only.</summary>
    private const int RowsPerStagedChunk = 1_000;

    /// <summary>
    /// False leaves a new job's staged items unstored, as a process that stopped right after creating the job would
    /// (tests of the recovery).
    /// </summary>
    internal bool StoresStagedItems { get; init; } = true;

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
    /// One statement over a JSON array of rows (<see cref="ItemRowsJson"/>, read by SQLite's json_each), so the rows of a job
    /// and of its staged record are stored the same way. <paramref name="ifNew"/> skips rows already stored (by a journal
    /// that found the job's staged items after a crash).
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
}
