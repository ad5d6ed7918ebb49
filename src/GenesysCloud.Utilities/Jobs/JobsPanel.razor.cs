using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Downloads;
using GenesysCloud.Utilities.Permissions;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GenesysCloud.Utilities.Jobs;

public sealed partial class JobsPanel : IDisposable
{
    private readonly PanelSteps _steps = new();
    private IReadOnlyList<BulkJob> _jobs = [];
    private IReadOnlyList<BulkJob> _interrupted = [];
    private IReadOnlyDictionary<string, JobPeople> _people = new Dictionary<string, JobPeople>();
    private BulkJobResult? _detail;
    private IReadOnlyList<WorkRow> _detailRows = [];
    private WorkPreview? _undo;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public JobsService Service { get; set; } = default!;

    private bool Busy => _steps.Busy;

    private string Applied(BulkJob job) => JobsService.Summary(job, _people.GetValueOrDefault(job.Id));

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task LoadAsync() => StepAsync("Loading jobs", async ct =>
    {
        _jobs = await Service.ListAsync(ct: ct);
        _people = await Service.PeopleAsync(_jobs, ct);
        _interrupted = Service.Interrupted(_jobs);
        if (_detail is not null)
            await ShowDetailAsync(await Service.GetAsync(_detail.Job.Id, ct), ct);
    });

    private Task OpenAsync(string jobId) => StepAsync("Loading the job", async ct =>
    {
        _undo = null;
        await ShowDetailAsync(await Service.GetAsync(jobId, ct) ?? throw new InvalidOperationException($"Job {jobId} is no longer in the journal."), ct);
    });

    private async Task ShowDetailAsync(BulkJobResult? detail, CancellationToken ct)
    {
        _detailRows = detail is null ? [] : await Service.RowsAsync(detail, ct);
        _detail = detail;
    }

    private Task PlanUndoAsync() => StepAsync("Planning the undo", async ct => _undo = await Service.PreviewUndoAsync(_detail!.Job, ct));

    private Task Resume(BulkJob job) => StepAsync("Resuming the job", ct => Service.ResumeAsync(job, ct));

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

    private Task StepAsync(string action, Func<CancellationToken, Task> work) => _steps.RunAsync(action, work);

    public void Dispose()
    {
        _steps.Dispose();
    }
}
