using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GenesysCloud.Utilities.Workflow;

public sealed partial class WorkRowsView
{
    private static readonly RowState[] PlanStates =
        [RowState.WillChange, RowState.AlreadyDone, RowState.NotFound, RowState.Duplicate, RowState.Invalid];

    // Shown only when some row is in them: most changes never meet them.
    private static readonly RowState[] RareStates = [RowState.CannotChangeHere, RowState.NotApplicable];

    private static readonly RowState[] ResultStates = [RowState.Applied, RowState.Failed, RowState.Unknown, RowState.NotApplied];

    private RowState? _filter;
    private Dictionary<RowState, int> _counts = [];

    /// <summary>The rows, in input order.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<WorkRow> Rows { get; set; } = [];

    /// <summary>The change's words for the states.</summary>
    [Parameter, EditorRequired] public ChangeWording Wording { get; set; } = default!;

    /// <summary>
    /// Prefix of the element ids: <c>{prefix}-count-{state}</c> (each holds just the number), <c>{prefix}-filter-all</c>,
    /// <c>{prefix}-rows</c>.
    /// </summary>
    [Parameter] public string IdPrefix { get; set; } = "wf";

    private IEnumerable<RowState> ShownStates => ResultStates.Any(s => Count(s) > 0)
        ? PlanStates.Concat(RareStates).Where(s => Count(s) > 0).Concat(ResultStates.Where(s => Count(s) > 0))
        : PlanStates.Concat(RareStates.Where(s => Count(s) > 0));

    private IEnumerable<WorkRow> FilteredRows => _filter is { } state ? Rows.Where(r => r.State == state) : Rows;

    protected override void OnParametersSet()
    {
        _counts = Rows.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count());
        if (_filter is { } state && Count(state) == 0)
            _filter = null;
    }

    /// <summary>Number of rows in the state.</summary>
    public int Count(RowState state) => _counts.GetValueOrDefault(state);

    private void Toggle(RowState state) => _filter = _filter == state ? null : state;

    private string CountId(RowState state) => $"{IdPrefix}-count-{Slug(state)}";

    /// <summary>"will-change", "not-found" …: the state in element-id form.</summary>
    internal static string Slug(RowState state) =>
        string.Concat(state.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    // Rows without an input line (picked users, jobs journaled before lines were) show the item's position instead.
    private static string LineText(WorkRow row) =>
        row.Line?.ToString("N0", CultureInfo.InvariantCulture) ?? (row.PlanIndex is { } index ? $"#{(index + 1).ToString("N0", CultureInfo.InvariantCulture)}" : "");

    private static string? LineTitle(WorkRow row) => row.Line is null && row.PlanIndex is not null
        ? "no input line (picked from a list, or journaled before lines were kept): position in the job"
        : row.Location;

    internal static Color ColorOf(RowState state) => state switch
    {
        RowState.WillChange or RowState.Applied => Color.Success,
        RowState.NotFound or RowState.CannotChangeHere or RowState.Unknown or RowState.NotApplied => Color.Warning,
        RowState.Invalid or RowState.Failed => Color.Error,
        _ => Color.Default,
    };
}
