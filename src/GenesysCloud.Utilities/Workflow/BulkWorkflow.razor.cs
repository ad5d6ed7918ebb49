using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.Downloads;
using GenesysCloud.Utilities.Permissions;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.Workflow;

/// <summary>
/// The workflow component a utility embeds with its <see cref="Change"/>. It previews the input's rows, applies a
/// confirmed preview as a job of the background runner (so the job goes on when this tab closes), shows the job's
/// live progress with Cancel, and then each row's result and the report. A job of the same person and target that
/// runs already (started in another tab) is shown here too.
/// </summary>
public sealed partial class BulkWorkflow : IDisposable
{
    private const string ChangedWhilePreviewing = "The options changed while this was previewed, so its preview was dropped: preview again to see what the new ones do.";
    private const string ChangedSincePreview = "The options changed since the preview, so it was dropped: preview again to see what the new ones do.";
    private readonly CancellationTokenSource _lifetime = new();
    private BulkPreviewView? _view;
    private WorkPreview? _preview;
    private RunningJob? _job;
    private bool _busy;
    private string? _error;
    private bool _finishedRaised;
    private WorkPreview? _shownParameter;
    private BulkChange? _change;
    private string? _stale;

    [Inject] private BulkWorkflowService Workflow { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>What the input is planned as (the utility's change: operation, target, wording).</summary>
    [Parameter, EditorRequired] public BulkChange Change { get; set; } = default!;

    /// <summary>The session's client (search, and listing a group's or queue's members for input).</summary>
    [Parameter] public GenesysCloudApi? Api { get; set; }

    /// <summary>Shows the input tabs (they need <see cref="Api"/>); false when the utility feeds <see cref="PreviewAsync"/> itself.</summary>
    [Parameter] public bool ShowInput { get; set; } = true;

    /// <summary>Heading of the input tabs ("Add members").</summary>
    [Parameter] public string InputTitle { get; set; } = "Input";

    /// <summary>What pasted identifiers name users by.</summary>
    [Parameter] public IdentifierKind Kind { get; set; } = IdentifierKind.Email;

    /// <summary>Input limits; the defaults unless a test or host sets smaller ones.</summary>
    [Parameter] public IdentifierInputOptions InputOptions { get; set; } = IdentifierInputOptions.Default;

    /// <summary>
    /// Set while the utility's options cannot be planned yet (e.g. nothing picked to copy): the input stays as typed, no
    /// preview is made and a shown one is dropped. Says what to do.
    /// </summary>
    [Parameter] public string? NotReady { get; set; }

    /// <summary>Raised once when the shown job has ended (refresh what it changed).</summary>
    [Parameter] public EventCallback<RunningJob> OnFinished { get; set; }

    /// <summary>The preview shown, if any.</summary>
    public WorkPreview? CurrentPreview => _preview;

    /// <summary>The job shown, if any.</summary>
    public RunningJob? CurrentJob => _job;

    private bool Busy => _busy;

    /// <summary>Plans <paramref name="input"/> (as <paramref name="change"/>, or <see cref="Change"/>) and shows the preview; nothing is changed.</summary>
    public Task PreviewAsync(WorkInput input, BulkChange? change = null) =>
        PreviewInputAsync("Previewing the changes", _ => Task.FromResult(input), change);

    /// <summary>Plans without showing: for a utility that confirms in its own dialog, then calls <see cref="ApplyAsync(WorkPreview)"/>.</summary>
    public Task<WorkPreview> PlanAsync(WorkInput input, BulkChange? change = null, CancellationToken ct = default) =>
        Workflow.PreviewAsync(change ?? Change, input, ct);

    /// <summary>A preview to show when set or changed (e.g. an undo planned elsewhere); nothing is applied until confirmed.</summary>
    [Parameter] public WorkPreview? Preview { get; set; }

    /// <summary>Shows <paramref name="preview"/> and applies it at once (its confirmation happened elsewhere).</summary>
    public async Task ApplyAsync(WorkPreview preview)
    {
        Show(preview);
        await ApplyAsync();
    }

    protected override void OnInitialized()
    {
        Workflow.Runner.JobStarted += OnJobStarted;
        if (Workflow.MyJobs.FirstOrDefault(j => j.IsActive && j.Change.TargetId == Change.TargetId) is { } running)
            Attach(running);
    }

    protected override void OnParametersSet()
    {
        // Options changed (another source, "make identical" …): the input stays, the preview made with the old ones goes.
        if ((_change is not null && !Change.IsSameChangeAs(_change)) || NotReady is not null)
            DropStalePreview();
        _change = Change;
        if (Preview is not null && !ReferenceEquals(Preview, _shownParameter))
        {
            _shownParameter = Preview;
            Show(Preview);
        }
    }

    private async Task PreviewInputAsync(string action, Func<CancellationToken, Task<WorkInput>> read) =>
        await PreviewInputAsync(action, read, null);

    private async Task PreviewInputAsync(string action, Func<CancellationToken, Task<WorkInput>> read, BulkChange? change)
    {
        await RunAsync(action, async ct =>
        {
            if (NotReady is { } notReady)
                throw new CsvInputException(notReady);
            var asked = change ?? Change;
            var input = await read(ct);
            if (input.Rows.Count == 0)
                throw new CsvInputException($"Nothing to preview: {input.Source} holds no identifiers.");
            var preview = await Workflow.PreviewAsync(input.PlannedAs ?? asked, input, ct);
            if (change is null && (!asked.IsSameChangeAs(Change) || NotReady is not null))
            {
                _stale = ChangedWhilePreviewing;
                return;
            }

            Show(preview);
        });
    }

    private void Show(WorkPreview preview)
    {
        Detach();
        _preview = preview;
        _stale = null;
    }

    private void DropStalePreview()
    {
        if (_preview is null || _job is not null)
            return;
        _preview = null;
        _stale = ChangedSincePreview;
    }

    private Task ApplyAsync() => RunAsync("Applying the changes", _ =>
    {
        if (_preview is not { CanApply: true } preview || _job is not null)
            return Task.CompletedTask;
        Attach(Workflow.Apply(preview));
        return Task.CompletedTask;
    });

    private void Attach(RunningJob job)
    {
        Detach();
        _job = job;
        _preview = job.Preview ?? _preview;
        _finishedRaised = false;
        job.Changed += OnJobChanged;
        if (!job.IsActive)
            OnJobChanged(job);
    }

    private void Detach()
    {
        if (_job is not null)
            _job.Changed -= OnJobChanged;
        _job = null;
    }

    private void OnJobChanged(RunningJob job) => _ = InvokeAsync(async () =>
    {
        if (job != _job)
            return;
        StateHasChanged();
        if (!job.IsActive && !_finishedRaised)
        {
            _finishedRaised = true;
            await OnFinished.InvokeAsync(job);
        }
    });

    private void OnJobStarted(RunningJob job) => _ = InvokeAsync(() =>
    {
        // Another tab of this person started a job on this target: show it here unless this tab is busy with its own.
        if (_job is null && _preview is null && job.Owner.Key == Workflow.Owner.Key && job.Change.TargetId == Change.TargetId)
        {
            Attach(job);
            StateHasChanged();
        }
    });

    private void Discard()
    {
        Detach();
        _preview = null;
        _error = null;
        _stale = null;
    }

    private Task ExportReportAsync() => RunAsync("Exporting the report", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("report", _preview!.Change.Title, DateTimeOffset.Now), "text/csv",
            WorkReport.Csv(_view?.Rows ?? _preview.Rows, _preview.Change.Wording), ct));

    /// <summary>Runs one step; any failure becomes the message under the preview, never an exception page.</summary>
    private async Task RunAsync(string action, Func<CancellationToken, Task> work)
    {
        _busy = true;
        _error = null;
        try
        {
            await work(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (CsvInputException ex)
        {
            // The rejected input replaces the earlier preview, which must not stay applicable next to this error.
            if (_job is null)
                _preview = null;
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is JobLimitReachedException or MissingPermissionsException)
        {
            _error = ex.Message;
        }
        catch (Exception ex)
        {
            _error = ApiErrorMessage.From(ex, action);
        }
        finally
        {
            _busy = false;

            // Children call this through a delegate, not an EventCallback, so this component must re-render itself.
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        Workflow.Runner.JobStarted -= OnJobStarted;
        Detach();
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
