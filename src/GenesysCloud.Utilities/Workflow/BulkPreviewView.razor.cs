using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GenesysCloud.Utilities.Workflow;

public sealed partial class BulkPreviewView
{
    private static readonly RowState[] PreviewStates =
        [RowState.WillChange, RowState.AlreadyDone, RowState.CannotChangeHere, RowState.NotFound, RowState.Duplicate, RowState.Invalid];

    private static readonly RowState[] ResultStates = [RowState.Applied, RowState.Failed, RowState.Unknown, RowState.NotApplied];

    private RowState? _filter;
    private IReadOnlyList<WorkRow> _rows = [];
    private Dictionary<RowState, int> _counts = [];

    /// <summary>The preview shown (its rows until a job ran it).</summary>
    [Parameter, EditorRequired] public WorkPreview Preview { get; set; } = default!;

    /// <summary>The job applying it, once applied: its progress, then its rows' results.</summary>
    [Parameter] public RunningJob? Job { get; set; }

    [Parameter] public bool Busy { get; set; }

    [Parameter] public EventCallback OnApply { get; set; }

    [Parameter] public EventCallback OnDiscard { get; set; }

    [Parameter] public EventCallback OnExportReport { get; set; }

    /// <summary>The rows as they stand (with results once the job ended).</summary>
    public IReadOnlyList<WorkRow> Rows => _rows;

    private ChangeWording Wording => Preview.Change.Wording;

    private IEnumerable<RowState> ShownStates => Job is null
        ? PreviewStates.Where(s => s != RowState.CannotChangeHere || Count(s) > 0)
        : PreviewStates.Where(s => s is not (RowState.WillChange or RowState.CannotChangeHere) || Count(s) > 0)
            .Concat(ResultStates.Where(s => Count(s) > 0));

    private IEnumerable<WorkRow> FilteredRows => _filter is { } state ? _rows.Where(r => r.State == state) : _rows;

    protected override void OnParametersSet()
    {
        _rows = Job is { IsActive: false } ended ? ended.Rows : Preview.Rows;
        _counts = _rows.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count());
    }

    private int Count(RowState state) => _counts.GetValueOrDefault(state);

    private void Toggle(RowState state) => _filter = _filter == state ? null : state;

    /// <summary>"wf-count-will-change", "wf-count-not-found" …: each holds just the number.</summary>
    internal static string CountId(RowState state) =>
        "wf-count-" + string.Concat(state.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static Severity ResultSeverity(RunningJob job) => job.State switch
    {
        RunningJobState.Completed => Severity.Success,
        RunningJobState.CompletedWithErrors or RunningJobState.Failed => Severity.Error,
        _ => Severity.Warning,
    };

    internal static Color ColorOf(RowState state) => state switch
    {
        RowState.WillChange or RowState.Applied => Color.Success,
        RowState.NotFound or RowState.CannotChangeHere or RowState.Unknown or RowState.NotApplied => Color.Warning,
        RowState.Invalid or RowState.Failed => Color.Error,
        _ => Color.Default,
    };
}
