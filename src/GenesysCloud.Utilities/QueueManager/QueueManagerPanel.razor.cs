using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Downloads;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.QueueManager;

/// <summary>
/// Queue Manager for one queue: reads go through <see cref="QueueManagerService"/>; every change is previewed and
/// applied by the shared <see cref="BulkWorkflow"/> (background job, progress, cancel, per-row result).
/// </summary>
public sealed partial class QueueManagerPanel : IDisposable
{
    private const string Utility = "Queue Manager";
    private readonly PanelSteps _steps = new();
    private BulkWorkflow? _workflow;
    private Queue? _queue;
    private Queue? _other;
    private QueueSync? _sync;
    private IReadOnlyList<QueueMemberRow> _members = [];
    private HashSet<QueueMemberRow> _selected = [];
    private int _ring = QueuesApi.MinRingNumber;
    private bool _inputSetsRing;

    [Inject] private GenesysConnection Connection { get; set; } = default!;

    [Inject] private BulkWorkflowService Workflow { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>The queue picked in the shell.</summary>
    [Parameter, EditorRequired] public string QueueId { get; set; } = "";

    private GenesysCloudApi Api => Connection.Api ?? throw new InvalidOperationException("Not connected to Genesys Cloud.");

    private QueueManagerService Service => new(Api, Workflow.Engine, Workflow.Owner.RequestedBy(Utility));

    private BulkChange AddChange => BulkChange.Of(Utility, BulkOperation.AddToQueue, _queue!.Id, _queue.Name ?? _queue.Id);

    /// <summary>What pasted or uploaded people are planned as: added to the queue, or put on the chosen ring.</summary>
    private BulkChange InputChange => _inputSetsRing ? RingChange(_ring) : AddChange;

    protected override Task OnInitializedAsync() => RefreshAsync();

    private Task RefreshAsync() => RunAsync("Reading the queue", async ct =>
    {
        _queue = await Service.GetQueueAsync(QueueId, ct);
        _members = await Service.GetMembersAsync(_queue, ct);
        _selected = [];
    });

    private async Task<IEnumerable<Queue>> SearchOtherAsync(string text, CancellationToken ct) =>
        (await Service.SearchQueuesAsync(text, ct)).Where(q => q.Id != QueueId);

    private Task PickOtherAsync(Queue? other)
    {
        _other = other;
        _sync = null;
        return other is null ? Task.CompletedTask : CompareAsync();
    }

    private Task CompareAsync() => RunAsync("Comparing the queues", async ct =>
        _sync = await Service.CompareForSyncAsync(await Service.GetQueueAsync(_other!.Id, ct), _queue!, ct));

    private Task PreviewMakeLikeAsync()
    {
        var sync = _sync!;
        var change = new BulkChange(Utility, $"Make '{sync.Comparison.QueueB.Name}' like '{sync.Comparison.QueueA.Name}'", _queue!.Id, sync.Request)
        {
            Wording = new ChangeWording("Will add or remove", "Already as in the model", "Changed", "change"),
        };
        return PreviewAsync(Rows($"the difference from '{sync.Comparison.QueueA.Name}'", [.. sync.Adds, .. sync.Removes]), change);
    }

    private Task PreviewRemoveAsync()
    {
        var change = BulkChange.Of(Utility, BulkOperation.RemoveFromQueue, _queue!.Id, _queue.Name ?? _queue.Id);
        return PreviewAsync(Rows("selected people", _selected), change);
    }

    private Task PreviewJoinAsync(IEnumerable<QueueMemberRow> rows, bool joined)
    {
        var operation = joined ? BulkOperation.JoinQueue : BulkOperation.UnjoinQueue;
        var change = BulkChange.Of(Utility, operation, _queue!.Id, _queue.Name ?? _queue.Id) with
        {
            Title = $"{(joined ? "Join" : "Unjoin")} members of '{_queue.Name}'",
            Wording = joined ? new("Will join", "Already joined", "Joined", "join") : new("Will unjoin", "Already unjoined", "Unjoined", "unjoin"),
        };
        return PreviewAsync(Rows(joined ? "people to join" : "people to unjoin", rows), change);
    }

    private Task PreviewRingAsync() => PreviewAsync(Rows($"people to put on ring {_ring}", _selected), RingChange(_ring));

    /// <summary>Puts people on <paramref name="ring"/>; a CSV with a <see cref="RingInput.Column"/> column puts each row on its own ring.</summary>
    private BulkChange RingChange(int ring)
    {
        var queueId = _queue!.Id;
        return new BulkChange(Utility, $"Set ring {ring} for members of '{_queue.Name}'", queueId,
            ids => QueueManagerService.RingNumberRequest(queueId, ids, ring))
        {
            Wording = ChangeWording.For(BulkOperation.SetRingNumber),
            FromCsvColumns = (bytes, people) => RingCsvChange(RingInput.WithRings(bytes, people), ring),
        };
    }

    /// <summary>Each row's own ring from the file, else <paramref name="ring"/>; the plain ring change when no row has one.</summary>
    private BulkChange RingCsvChange(RingInput people, int ring)
    {
        if (people.RingByRow.Count == 0)
            return RingChange(ring) with { FromCsvColumns = null };
        return new BulkChange(Utility, $"Set each row's ring (else ring {ring}) for members of '{_queue!.Name}'", _queue.Id,
            QueueManagerService.RingNumberRequest(_queue.Id, people, ring))
        {
            Wording = ChangeWording.For(BulkOperation.SetRingNumber),
        };
    }

    private Task PreviewAsync(WorkInput input, BulkChange change) =>
        _workflow is null ? Task.CompletedTask : _workflow.PreviewAsync(input, change);

    private Task ExportAsync() => RunAsync("Exporting the queue", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("queue", _queue?.Name, DateTimeOffset.Now), "text/csv",
            QueueManagerService.MembersCsv(_members), ct));

    /// <summary>Queue rows as workflow input: planned by user id, shown by name.</summary>
    private static WorkInput Rows(string source, IEnumerable<QueueMemberRow> rows) => new(source,
        [.. rows.DistinctBy(r => r.UserId).Select(r => new WorkRow(null, r.Name ?? r.UserId, RowState.WillChange) { Identifier = r.UserId, UserName = r.Name })]);

    private Task RunAsync(string action, Func<CancellationToken, Task> work) => _steps.RunAsync(action, work);

    /// <inheritdoc />
    public void Dispose() => _steps.Dispose();
}
