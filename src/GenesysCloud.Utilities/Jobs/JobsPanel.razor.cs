using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Downloads;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.Jobs;

public sealed partial class JobsPanel : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<BulkJob> _jobs = [];
    private BulkJobResult? _detail;
    private BulkPlan? _undo;
    private BulkProgress? _progress;
    private string? _runResult;
    private string? _error;
    private bool _loading;
    private bool _running;
    private CancellationTokenSource? _runCts;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public JobsService Service { get; set; } = default!;

    private bool Busy => _loading || _running;

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task LoadAsync() => StepAsync("Loading jobs", async ct =>
    {
        _jobs = await Service.ListAsync(ct: ct);
        if (_detail is not null)
            _detail = await Service.GetAsync(_detail.Job.Id, ct);
    });

    private Task OpenAsync(string jobId) => StepAsync("Loading the job", async ct =>
    {
        _undo = null;
        _progress = null;
        _runResult = null;
        _detail = await Service.GetAsync(jobId, ct) ?? throw new InvalidOperationException($"Job {jobId} is no longer in the journal.");
    });

    private Task PlanUndoAsync() => StepAsync("Planning the undo", async ct =>
    {
        _runResult = null;
        _undo = await Service.PlanUndoAsync(_detail!.Job.Id, ct);
    });

    private Task ResumeAsync()
    {
        var jobId = _detail!.Job.Id;
        return RunJobAsync("Resuming the job", (progress, ct) => Service.ResumeAsync(jobId, progress, ct));
    }

    private Task ApplyUndoAsync()
    {
        var undo = _undo!;
        return RunJobAsync("Undoing the job", (progress, ct) => Service.ApplyUndoAsync(undo, progress, ct));
    }

    private async Task RunJobAsync(string action, Func<IProgress<BulkProgress>, CancellationToken, Task<BulkJobResult>> run)
    {
        _running = true;
        _runResult = null;
        _progress = new BulkProgress(0, 0, 0, 0, null);
        _runCts = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        var progress = new Progress<BulkProgress>(p =>
        {
            _progress = p;
            _ = InvokeAsync(StateHasChanged);
        });
        try
        {
            await StepAsync(action, async _ =>
            {
                var result = await run(progress, _runCts.Token);
                _undo = null;
                _detail = result;
                _progress = _progress with { Done = result.Applied + result.Failed };
                _runResult = $"Job {result.Job.Id}: {result.Job.Status}, {result.Applied} applied, {result.Failed} failed, "
                    + $"{Plural.Of(result.Calls, "call")}, {result.Http429} rate-limited (429) in this run.";
                _jobs = await Service.ListAsync(ct: _lifetime.Token);
            });
        }
        finally
        {
            _running = false;
            _runCts.Dispose();
            _runCts = null;
        }
    }

    private Task ExportItemsAsync() => StepAsync("Exporting the job", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("job", _detail!.Job.Id, DateTimeOffset.Now), "text/csv",
            JobsService.ExportItems(_detail), ct));

    private Task ExportListAsync() => StepAsync("Exporting the job list", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("jobs", null, DateTimeOffset.Now), "text/csv", JobsService.ExportJobs(_jobs), ct));

    /// <summary>Runs one step; any failure becomes the message above the list, never an exception page.</summary>
    private async Task StepAsync(string action, Func<CancellationToken, Task> work)
    {
        _loading = !_running;
        _error = null;
        try
        {
            await work(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _error = ApiErrorMessage.From(ex, action);
        }
        finally
        {
            _loading = false;
        }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
