using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Downloads;
using GenesysCloud.Utilities.Permissions;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.Jobs;

public sealed partial class JobsPanel : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<BulkJob> _jobs = [];
    private IReadOnlyList<BulkJob> _interrupted = [];
    private BulkJobResult? _detail;
    private IReadOnlyList<WorkRow> _detailRows = [];
    private WorkPreview? _undo;
    private string? _error;
    private bool _loading;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public JobsService Service { get; set; } = default!;

    private bool Busy => _loading;

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task LoadAsync() => StepAsync("Loading jobs", async ct =>
    {
        _jobs = await Service.ListAsync(ct: ct);
        _interrupted = Service.Interrupted(_jobs);
        if (_detail is not null)
            ShowDetail(await Service.GetAsync(_detail.Job.Id, ct));
    });

    private Task OpenAsync(string jobId) => StepAsync("Loading the job", async ct =>
    {
        _undo = null;
        ShowDetail(await Service.GetAsync(jobId, ct) ?? throw new InvalidOperationException($"Job {jobId} is no longer in the journal."));
    });

    private void ShowDetail(BulkJobResult? detail)
    {
        _detail = detail;
        _detailRows = detail is null ? [] : WorkRows.FromJournal(detail.Items);
    }

    private Task PlanUndoAsync() => StepAsync("Planning the undo", async ct => _undo = await Service.PreviewUndoAsync(_detail!.Job, ct));

    private void Resume(BulkJob job)
    {
        _error = null;
        try
        {
            Service.Resume(job);
        }
        catch (Exception ex)
        {
            _error = ex is JobLimitReachedException or MissingPermissionsException ? ex.Message : ApiErrorMessage.From(ex, "Resuming the job");
        }
    }

    private async Task UndoFinishedAsync(RunningJob job)
    {
        await LoadAsync();
        StateHasChanged();
    }

    private Task ExportItemsAsync() => StepAsync("Exporting the job", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("job", _detail!.Job.Id, DateTimeOffset.Now), "text/csv",
            JobsService.ExportItems(_detail), ct));

    private Task ExportListAsync() => StepAsync("Exporting the job list", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("jobs", null, DateTimeOffset.Now), "text/csv", JobsService.ExportJobs(_jobs), ct));

    /// <summary>Runs one step; any failure becomes the message above the list, never an exception page.</summary>
    private async Task StepAsync(string action, Func<CancellationToken, Task> work)
    {
        _loading = true;
        _error = null;
        try
        {
            await work(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (MissingPermissionsException ex)
        {
            _error = ex.Message;
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
