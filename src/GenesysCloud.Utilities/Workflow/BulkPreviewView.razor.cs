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

    /// <summary>"Apply 12 additions", or "Apply 75 changes to 25 people" when rows stand for several changes (a copy).</summary>
    private string ApplyLabel => Preview.ItemChangeCount == Preview.ChangeCount
        ? $"Apply {Plural.Of(Preview.ChangeCount, Preview.Change.Wording.ChangeNoun)}"
        : $"Apply {Plural.Of(Preview.ItemChangeCount, Preview.Change.Wording.ChangeNoun)} to {Plural.Of(Preview.ChangeCount, "person", "people")}";

    private int Count(RowState state) => Rows.Count(r => r.State == state);

    private static Severity ResultSeverity(RunningJob job) => job.State switch
    {
        RunningJobState.Completed => Severity.Success,
        RunningJobState.CompletedWithErrors or RunningJobState.Failed => Severity.Error,
        _ => Severity.Warning,
    };
}
