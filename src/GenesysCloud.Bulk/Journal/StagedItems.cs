namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// A new job's items that are durable in one record but not yet rows: stored as rows chunk after chunk in the background,
/// while the job's first items (already rows) are sent. A writer of some items' statuses waits for their chunk only.
/// </summary>
internal sealed class StagedItems
{
    private readonly BulkJobItem[][] _chunks;
    private readonly Dictionary<int, int> _chunkOf = [];
    private readonly TaskCompletionSource[] _stored;

    /// <param name="items">The items not stored as rows yet.</param>
    /// <param name="chunkSize">Items per chunk (one transaction each).</param>
    public StagedItems(IEnumerable<BulkJobItem> items, int chunkSize)
    {
        _chunks = [.. items.Chunk(chunkSize)];
        _stored = [.. _chunks.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
        for (var chunk = 0; chunk < _chunks.Length; chunk++)
        {
            foreach (var item in _chunks[chunk]) _chunkOf[item.Index] = chunk;
        }
    }

    /// <summary>Every staged item, in order.</summary>
    public IReadOnlyList<BulkJobItem> All => [.. _chunks.SelectMany(c => c)];

    /// <summary>Completes when every chunk is stored; faults with the first failure.</summary>
    public Task Completion => _stored.Length == 0 ? Task.CompletedTask : _stored[^1].Task;

    /// <summary>Completes when the rows of <paramref name="indexes"/> are stored (chunks are stored in order).</summary>
    public Task StoredAsync(IEnumerable<int> indexes)
    {
        var last = -1;
        foreach (var index in indexes)
        {
            if (_chunkOf.TryGetValue(index, out var chunk) && chunk > last) last = chunk;
        }

        return last < 0 ? Task.CompletedTask : _stored[last].Task;
    }

    /// <summary>Stores the chunks one after the other with <paramref name="store"/> (told whether it is the last).</summary>
    public async Task RunAsync(Func<IReadOnlyList<BulkJobItem>, bool, Task> store)
    {
        for (var chunk = 0; chunk < _chunks.Length; chunk++)
        {
            try
            {
                await store(_chunks[chunk], chunk == _chunks.Length - 1).ConfigureAwait(false);
                _stored[chunk].SetResult();
            }
            catch (Exception ex)
            {
                foreach (var failed in _stored.Skip(chunk)) failed.TrySetException(ex);
                return;
            }
        }
    }
}
