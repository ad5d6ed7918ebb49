using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GenesysCloud.Utilities.Workflow;

public sealed partial class BulkPreviewView
{
    /// <summary>The preview shown (its rows until a job ran it).</summary>
    [Parameter, EditorRequired] public WorkPreview Preview { get; set; } = default!;

    /// <summary>The job applying it, once applied: its progress, then its rows' results.</summary>
    [Parameter] public RunningJob? Job { get; set; }

    [Parameter] public bool Busy { get; set; }

    [Parameter] public EventCallback OnApply { get; set; }

    [Parameter] public EventCallback OnDiscard { get; set; }

    [Parameter] public EventCallback OnExportReport { get; set; }

    /// <summary>The rows as they stand: the preview's, or the job's with their results.</summary>
    public IReadOnlyList<WorkRow> Rows => Job?.Rows ?? Preview.Rows;

    private int Count(RowState state) => Rows.Count(r => r.State == state);

    private static Severity ResultSeverity(RunningJob job) => job.State switch
    {
        RunningJobState.Completed => Severity.Success,
        RunningJobState.CompletedWithErrors or RunningJobState.Failed => Severity.Error,
        _ => Severity.Warning,
    };
}
