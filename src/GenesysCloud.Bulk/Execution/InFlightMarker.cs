using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Execution;

/// <summary>
/// Marks a run's batches in flight ahead of its senders (the first wave in one commit, or with the job, then every freed
/// place at once), so a sender that finishes takes a batch that is already durable in flight instead of waiting for the
/// journal; while one commit waits for the journal (a new job's rows being stored), the places freed meanwhile share the
/// next. A batch is never offered before it is marked. When the run stops, the batches marked but never taken by a sender
/// are put back to pending: they were not sent, and the report says "not applied" for them, not "unknown".
/// </summary>
internal sealed class InFlightMarker
{
    private readonly ItemStatusWriter _statuses;
    private readonly int _wave;
    private readonly Channel<BulkJobItem[]> _ready;
    private readonly Lock _gate = new();
    private readonly List<BulkJobItem[]> _marked = [];
    private readonly HashSet<BulkJobItem[]> _taken = new(ReferenceEqualityComparer.Instance);

    public InFlightMarker(ItemStatusWriter statuses, int wave)
    {
        _statuses = statuses;
        _wave = Math.Max(1, wave);
        _ready = Channel.CreateBounded<BulkJobItem[]>(new BoundedChannelOptions(_wave) { SingleWriter = true });
    }

    /// <summary>
    /// Marks <paramref name="batches"/> in order, each offered to the senders once it is marked; with
    /// <paramref name="firstWaveMarked"/>, the first wave is in flight in the journal already.
    /// </summary>
    public async Task MarkAsync(IReadOnlyList<BulkJobItem[]> batches, bool firstWaveMarked, CancellationToken ct)
    {
        try
        {
            var next = 0;
            if (firstWaveMarked)
            {
                var first = batches.Take(_wave).ToList();
                lock (_gate) _marked.AddRange(first);
                next = await OfferAsync(first, ct);
            }

            while (next < batches.Count)
            {
                await _ready.Writer.WaitToWriteAsync(ct);
                var group = batches.Skip(next).Take(Math.Max(1, _wave - _ready.Reader.Count)).ToList();
                await CommitInFlightAsync(group, ct);
                next += await OfferAsync(group, ct);
            }

            _ready.Writer.Complete();
        }
        catch (Exception ex)
        {
            _ready.Writer.Complete(ex);
            throw;
        }
    }

    /// <summary>Offers <paramref name="group"/> to the senders; returns how many batches it held.</summary>
    private async Task<int> OfferAsync(IReadOnlyList<BulkJobItem[]> group, CancellationToken ct)
    {
        foreach (var batch in group) await _ready.Writer.WriteAsync(batch, ct);
        return group.Count;
    }

    /// <summary>The marked batches, each recorded as taken before a sender gets it.</summary>
    public async IAsyncEnumerable<BulkJobItem[]> TakeAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var batch in _ready.Reader.ReadAllAsync(ct))
        {
            lock (_gate) _taken.Add(batch);
            yield return batch;
        }
    }

    /// <summary>Queues the batches marked but never taken back to pending (call when marking and sending have stopped).</summary>
    public void PutBackUntaken()
    {
        int[] untaken;
        lock (_gate) untaken = [.. _marked.Where(b => !_taken.Contains(b)).SelectMany(b => b).Select(i => i.Index)];
        if (untaken.Length > 0) _statuses.Queue(new ItemStatusChange(untaken, BulkItemStatus.Pending));
    }

    // Recorded before the commit: a commit whose wait was cancelled may still land, and must be put back too.
    private Task CommitInFlightAsync(IReadOnlyList<BulkJobItem[]> batches, CancellationToken ct)
    {
        lock (_gate) _marked.AddRange(batches);
        return _statuses.CommitAsync(new ItemStatusChange([.. batches.SelectMany(b => b).Select(i => i.Index)], BulkItemStatus.InFlight), ct);
    }
}
