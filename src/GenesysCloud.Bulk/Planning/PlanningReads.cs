using GenesysCloud.Bulk.Resolution;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Planning;

/// <summary>
/// The reads of a plan that do not depend on each other, sent at once: the target, the users' resolution, and the
/// target's whole state when it does not depend on who is asked about (a group's or a queue's members). The first
/// failure wins (an unknown target before anything else) and cancels the other reads.
/// </summary>
internal sealed class PlanningReads : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly Task _load;
    private readonly Task<(UserDirectory Users, ResolutionStrategy Strategy)> _resolve;
    private readonly Task<IReadOnlyDictionary<string, double?>>? _wholeState;

    private PlanningReads(BulkTarget target, Func<CancellationToken, Task<(UserDirectory, ResolutionStrategy)>> resolve, CancellationToken ct)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _load = target.LoadAsync(_cancel.Token);
        _wholeState = target.ReadsWholeTarget ? target.ReadStateAsync([], _cancel.Token) : null;
        _resolve = resolve(_cancel.Token);
    }

    public static PlanningReads Start(BulkTarget target, Func<CancellationToken, Task<(UserDirectory, ResolutionStrategy)>> resolve,
        CancellationToken ct) => new(target, resolve, ct);

    /// <summary>The resolved users, how they were resolved, and the target's whole state when it was read here (else null).</summary>
    public async Task<(UserDirectory Users, ResolutionStrategy Strategy, IReadOnlyDictionary<string, double?>? WholeState)> CompleteAsync()
    {
        using (this)
        {
            try
            {
                await _load;
                var (users, strategy) = await _resolve;
                return (users, strategy, _wholeState is null ? null : await _wholeState);
            }
            catch
            {
                await _cancel.CancelAsync();
                await Task.WhenAll(new[] { _load, _resolve, _wholeState }.OfType<Task>()).ContinueWith(static _ => { }, TaskScheduler.Default);
                throw;
            }
        }
    }

    public void Dispose() => _cancel.Dispose();
}
