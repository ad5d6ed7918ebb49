using GenesysCloud.Bulk.Journal;

namespace GenesysCloud.Bulk.Execution;

/// <summary>
/// A run's item status changes, journaled with group commit. A change the run must not go past before it is durable
/// (a batch in flight, before it is sent) is committed together with everything queued before it, and batches that
/// ask while a commit is under way share the next one. An outcome (applied, failed) is only queued: it rides along
/// with the next commit, or with <see cref="FlushAsync"/> at the end of the run. A crash loses at most outcomes not
/// yet committed; those items are still in flight in the journal, and resume checks them against the org.
/// </summary>
internal sealed class ItemStatusWriter(JournaledItems items)
{
    private readonly Lock _gate = new();
    private List<ItemStatusChange> _queued = [];
    private TaskCompletionSource? _nextCommit;
    private bool _committing;

    /// <summary>Journals <paramref name="change"/> (and everything queued) and returns when it is committed.</summary>
    public Task CommitAsync(ItemStatusChange change, CancellationToken ct) => Enqueue(change, commit: true).WaitAsync(ct);

    /// <summary>Queues <paramref name="change"/> for the next commit.</summary>
    public void Queue(ItemStatusChange change) => Enqueue(change, commit: false);

    /// <summary>Commits whatever is queued (never cancelled: the journal must not lose what was sent).</summary>
    public Task FlushAsync() => Enqueue(null, commit: true);

    private Task Enqueue(ItemStatusChange? change, bool commit)
    {
        lock (_gate)
        {
            if (change is not null) _queued.Add(change);
            if (!commit) return Task.CompletedTask;
            _nextCommit ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var committed = _nextCommit.Task;
            if (!_committing)
            {
                _committing = true;
                _ = CommitQueuedAsync();
            }

            return committed;
        }
    }

    private async Task CommitQueuedAsync()
    {
        while (true)
        {
            List<ItemStatusChange> changes;
            TaskCompletionSource done;
            lock (_gate)
            {
                if (_nextCommit is null)
                {
                    _committing = false;
                    return;
                }

                (changes, _queued, done, _nextCommit) = (_queued, [], _nextCommit, null);
            }

            try
            {
                await items.SetAsync(changes, CancellationToken.None).ConfigureAwait(false);
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        }
    }
}
