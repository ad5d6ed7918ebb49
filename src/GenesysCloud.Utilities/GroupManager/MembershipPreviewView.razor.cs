using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GenesysCloud.Utilities.GroupManager;

public partial class MembershipPreviewView
{
    private static readonly (PreviewStatus Status, string Id, string Label, Color Color)[] AddCounters =
    [
        (PreviewStatus.WillAdd, "gm-count-will-add", "Will add", Color.Success),
        (PreviewStatus.AlreadyMember, "gm-count-already-member", "Already a member", Color.Default),
        (PreviewStatus.NotFound, "gm-count-not-found", "Not found", Color.Warning),
        (PreviewStatus.Duplicate, "gm-count-duplicate", "Duplicate", Color.Default),
        (PreviewStatus.Invalid, "gm-count-invalid", "Invalid email", Color.Error),
    ];

    private static readonly (PreviewStatus Status, string Id, string Label, Color Color)[] RemoveCounters =
    [
        (PreviewStatus.WillRemove, "gm-count-will-remove", "Will remove", Color.Warning),
        (PreviewStatus.NotMember, "gm-count-not-member", "Not a member", Color.Default),
        (PreviewStatus.CannotRemoveHere, "gm-count-cannot-remove", "Owner or by rule", Color.Warning),
    ];

    private Dictionary<PreviewRow, ApplyRowResult> _resultByRow = new(ReferenceEqualityComparer.Instance);

    [Parameter, EditorRequired] public MembershipPreview Preview { get; set; } = default!;

    [Parameter] public bool Applying { get; set; }

    [Parameter] public MembershipProgress? Progress { get; set; }

    [Parameter] public MembershipApplyResult? Result { get; set; }

    [Parameter] public EventCallback OnApply { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    [Parameter] public EventCallback OnDiscard { get; set; }

    [Parameter] public EventCallback OnExportReport { get; set; }

    private string Title => Preview.Change == MembershipChange.Add ? "Preview: add members" : "Preview: remove members";

    private IEnumerable<(PreviewStatus Status, string Id, string Label, Color Color)> Counters =>
        Preview.Change == MembershipChange.Add ? AddCounters : RemoveCounters;

    private string ProgressText
    {
        get
        {
            var p = Progress!;
            var text = $"{p.Done:N0} / {p.Total:N0} done · {Plural.Of(p.Calls, "call")} in this run (planning not counted) · {p.Http429:N0} rate-limited (429)";
            return p.Eta is { } eta && Applying ? $"{text} · about {eta:mm\\:ss} left" : text;
        }
    }

    private Severity ResultSeverity => Result switch
    {
        { Failed: > 0 } => Severity.Error,
        { Cancelled: true } => Severity.Warning,
        _ => Severity.Success,
    };

    protected override void OnParametersSet() =>
        _resultByRow = Result?.Rows.ToDictionary(r => r.Row, ReferenceEqualityComparer.Instance as IEqualityComparer<PreviewRow>)
            ?? new(ReferenceEqualityComparer.Instance);

    private string ResultText(PreviewRow row) => _resultByRow.TryGetValue(row, out var result)
        ? result.Outcome switch
        {
            ApplyOutcome.Applied => Preview.Change == MembershipChange.Add ? "Added" : "Removed",
            ApplyOutcome.Failed => "Failed: " + result.Error,
            ApplyOutcome.Unknown => "Unknown: " + result.Error,
            _ => "Not applied (cancelled)",
        }
        : "—";

    internal static string StatusText(PreviewStatus status) => status switch
    {
        PreviewStatus.WillAdd => "Will add",
        PreviewStatus.WillRemove => "Will remove",
        PreviewStatus.AlreadyMember => "Already a member",
        PreviewStatus.NotMember => "Not a member",
        PreviewStatus.NotFound => "Not found",
        PreviewStatus.Duplicate => "Duplicate",
        PreviewStatus.CannotRemoveHere => "Cannot remove here",
        _ => "Invalid email",
    };

    private static Color StatusColor(PreviewStatus status) => status switch
    {
        PreviewStatus.WillAdd => Color.Success,
        PreviewStatus.WillRemove => Color.Warning,
        PreviewStatus.NotFound => Color.Warning,
        PreviewStatus.CannotRemoveHere => Color.Warning,
        PreviewStatus.Invalid => Color.Error,
        _ => Color.Default,
    };
}
