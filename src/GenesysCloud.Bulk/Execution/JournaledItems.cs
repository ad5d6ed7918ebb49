using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Execution;

/// <summary>
/// One run's view of its job's items: every status change is journaled first and then made here as the journal makes
/// it (status and error set, note kept unless given), so the run's report is the journal's without reading every
/// item back (10,000 rows). Only the run holding the job's lease writes its items, so nothing else changes them meanwhile.
/// </summary>
internal sealed class JournaledItems
{
    private readonly IJobJournal _journal;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly BulkJobItem[] _items;
    private readonly Dictionary<int, int> _positions;

    public JournaledItems(IJobJournal journal, string jobId, IEnumerable<BulkJobItem> items, TimeProvider time)
    {
        _journal = journal;
        _time = time;
        JobId = jobId;
        _items = [.. items];
        _positions = new Dictionary<int, int>(_items.Length);
        for (var i = 0; i < _items.Length; i++) _positions[_items[i].Index] = i;
    }

    /// <summary>The job whose items these are.</summary>
    public string JobId { get; }

    /// <summary>Journals <paramref name="changes"/> in one commit, in order, then makes them here.</summary>
    public async Task SetAsync(IReadOnlyList<ItemStatusChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return;
        await _journal.SetItemStatusesAsync(JobId, changes, ct).ConfigureAwait(false);
        var at = _time.GetUtcNow();
        lock (_gate)
        {
            foreach (var change in changes)
            {
                foreach (var index in change.Indexes)
                {
                    if (!_positions.TryGetValue(index, out var position)) continue;
                    var item = _items[position];
                    _items[position] = item with { Status = change.Status, Error = change.Error, Note = change.Note ?? item.Note, UpdatedAt = at };
                }
            }
        }
    }

    /// <summary>Journals one status change of <paramref name="items"/> (nothing when there are none).</summary>
    public Task SetAsync(IEnumerable<BulkJobItem> items, BulkItemStatus status, string? error, string? note, CancellationToken ct)
    {
        int[] indexes = [.. items.Select(i => i.Index)];
        return indexes.Length == 0 ? Task.CompletedTask : SetAsync([new ItemStatusChange(indexes, status, error, note)], ct);
    }

    /// <summary><paramref name="job"/> with the counts of these items, as the journal counts them.</summary>
    public BulkJob Counted(BulkJob job)
    {
        lock (_gate)
        {
            return job with
            {
                ItemCount = _items.Length,
                ChangeCount = _items.Count(i => i.Action == BulkItemAction.WillChange),
                AppliedCount = _items.Count(i => i.Status == BulkItemStatus.Applied),
                FailedCount = _items.Count(i => i.Status == BulkItemStatus.Failed),
                UnfinishedCount = _items.Count(i => i.Status is BulkItemStatus.Pending or BulkItemStatus.InFlight),
            };
        }
    }

    /// <summary>The items as journaled now, in input order.</summary>
    public IReadOnlyList<BulkJobItem> Snapshot()
    {
        lock (_gate) return [.. _items];
    }
}
