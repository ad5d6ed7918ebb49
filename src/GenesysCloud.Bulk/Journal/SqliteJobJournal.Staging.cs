using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// Staging: a new job's first <see cref="RowsAtCreation"/> items become rows in its transaction and the rest one durable
/// JSON record on the job (written on another thread meanwhile); the rest are made rows chunk by chunk in the background,
/// from memory, while the first are sent. A journal opened after a crash makes rows of a record left behind.
/// </summary>
public sealed partial class SqliteJobJournal
{
    private readonly ConcurrentDictionary<string, StagedItems> _staged = new(StringComparer.Ordinal);

    /// <summary>Items of a new job stored as rows in its transaction (the first wave of 8 batches of 100 and more); the rest are staged.</summary>
    internal const int RowsAtCreation = 1_000;

    /// <summary>Staged items stored per transaction: each holds the write lock for a few milliseconds only, so status writes wait little.</summary>
    private const int RowsPerStagedChunk = 500;

    /// <summary>
    /// False leaves a new job's staged items unstored, as a process that stopped right after creating the job would
    /// (tests of the recovery).
    /// </summary>
    internal bool StoresStagedItems { get; init; } = true;

    /// <inheritdoc />
    protected override async Task<Action?> InsertItemsAsync(DbConnection connection, DbTransaction tx, string jobId, IReadOnlyList<BulkJobItem> items,
        CancellationToken ct)
    {
        var (sqlite, transaction) = ((SqliteConnection)connection, (SqliteTransaction)tx);
        if (items.Count <= RowsAtCreation)
        {
            ItemRowInsert.Run(sqlite, transaction, jobId, items, ToDb, ifNew: false);
            return null;
        }

        var staged = new StagedItems(items.Skip(RowsAtCreation), RowsPerStagedChunk);
        // The staged record is written on another thread while SQLite inserts the first rows.
        var record = Task.Run(() => ItemRowsJson.Write(staged.All, ToDb), ct);
        ItemRowInsert.Run(sqlite, transaction, jobId, items.Take(RowsAtCreation), ToDb, ifNew: false);
        await using var stage = sqlite.CreateCommand();
        stage.Transaction = transaction;
        stage.CommandText = "UPDATE jobs SET staged_items = CAST($rows AS TEXT) WHERE id = $job";
        stage.Parameters.AddWithValue("$job", jobId);
        stage.Parameters.AddWithValue("$rows", await record);
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

    private Task StoreStagedChunkAsync(string jobId, IReadOnlyList<BulkJobItem> chunk, bool last) =>
        WriteAsync(transaction: true, async (connection, tx) =>
        {
            ItemRowInsert.Run((SqliteConnection)connection, (SqliteTransaction)tx!, jobId, chunk, ToDb, ifNew: true);
            if (last) await connection.ExecuteAsync("UPDATE jobs SET staged_items = NULL WHERE id = @Id", new { Id = jobId }, tx);
            return 0;
        }, CancellationToken.None);

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
                insert.CommandText = StagedRecordRows;
                insert.Parameters.AddWithValue("$job", jobId);
                await insert.ExecuteNonQueryAsync(ct);
            }

            await connection.ExecuteAsync(new CommandDefinition("UPDATE jobs SET staged_items = NULL WHERE id = @Id", new { Id = jobId }, tx,
                cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
    }

    /// <summary>A job's staged record (<see cref="ItemRowsJson"/>) as rows, skipping those already stored.</summary>
    private static readonly string StagedRecordRows = $"""
        INSERT INTO items ({string.Join(", ", ItemRowInsert.Columns)})
        SELECT $job, {string.Join(", ", ItemRowInsert.Columns.Skip(1).Select((_, i) => $"value ->> {i}"))}
        FROM json_each((SELECT staged_items FROM jobs WHERE id = $job)) WHERE true
        ON CONFLICT (job_id, idx) DO NOTHING
        """;
}
