using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.Downloads;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;

namespace GenesysCloud.Utilities.SkillsManager;

/// <summary>
/// Skills Manager: reads go through <see cref="SkillsManagerService"/>; assigning, changing and removing a skill or a
/// language, and copying one person's skills and languages to others (<see cref="RoutingCopyChange"/>), are previewed and
/// applied by the shared <see cref="BulkWorkflow"/> as jobs of the background runner.
/// </summary>
public sealed partial class SkillsManagerPanel : IDisposable
{
    private const string Utility = "Skills Manager";
    private readonly PanelSteps _steps = new();
    private readonly Dictionary<RoutingKind, IReadOnlyList<RoutingItem>> _items = [];
    private RoutingKind _kind = RoutingKind.Skill;
    private RoutingItem? _picked;
    private IReadOnlyList<SkillHolder> _holders = [];
    private SkillChangeMode _mode = SkillChangeMode.Assign;
    private double? _proficiency = 3;
    private BulkWorkflow? _workflow;
    private User? _copySource;
    private bool _copyIdentical;
    private bool _copySkills = true;
    private bool _copyLanguages = true;
    private bool _copying;
    private BulkChange? _lastCopyChange;

    [Inject] private GenesysConnection Connection { get; set; } = default!;

    [Inject] private BulkWorkflowService Workflow { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>The skill to open with (a link to one skill); none when null.</summary>
    [Parameter] public string? SkillId { get; set; }

    /// <summary>The language to open with (a link to one language); none when null.</summary>
    [Parameter] public string? LanguageId { get; set; }

    private GenesysCloudApi Api => Connection.Api ?? throw new InvalidOperationException("Not connected to Genesys Cloud.");

    private SkillsManagerService Service => new(Api, Workflow.Engine, Workflow.Owner.RequestedBy(Utility));

    /// <summary>
    /// The change the workflow's input (paste, CSV, search, group or queue) plans: the copy from the picked person, or the
    /// mode on the picked skill or language at one proficiency; none until those are picked and valid.
    /// </summary>
    private BulkChange? Change => _copying ? CopyChange
        : _picked is null || (_mode != SkillChangeMode.Remove && !ProficiencyValid) ? null
        : ChangeFor(SkillInput.Of(new IdentifierInput(IdentifierKind.Email, [])), _proficiency);

    private BulkChange? CopyChange => _copySource is { } source && (_copySkills || _copyLanguages)
        && _items.TryGetValue(RoutingKind.Skill, out var skills) && _items.TryGetValue(RoutingKind.Language, out var languages)
        ? _lastCopyChange = RoutingCopyChange.For(Utility, source, new RoutingCopyOptions(_copySkills, _copyLanguages, _copyIdentical), [.. skills, .. languages])
        : null;

    /// <summary>
    /// The change the workflow is shown with. In copy mode it stays one workflow whatever the options, so the people given
    /// stay too: another source or other boxes only drop the preview (see <see cref="BulkWorkflow.NotReady"/>), and until the
    /// options can be planned again the last copy is kept but cannot be previewed.
    /// </summary>
    private BulkChange? WorkflowChange => _copying ? CopyChange ?? _lastCopyChange : Change;

    /// <summary>Why the copy cannot be previewed yet; null when it can (or outside copy mode).</summary>
    private string? CopyNotReady => !_copying || CopyChange is not null ? null
        : _copySource is null ? "Pick the person to copy from first."
        : "Copy skills, languages or both.";

    /// <summary>One workflow for the copy whatever its options; one per skill change otherwise.</summary>
    private static string WorkflowKey(bool copying, BulkChange change) => copying ? "copy" : change.Title;

    /// <summary>The proficiency for every row is one the picked kind keeps as given (languages: a whole number).</summary>
    private bool ProficiencyValid => _proficiency is { } p && _kind.IsValid(p);

    private string Noun => _kind.Noun();

    protected override async Task OnInitializedAsync()
    {
        if ((LanguageId ?? SkillId) is not { } id) return;
        _kind = LanguageId is null ? RoutingKind.Skill : RoutingKind.Language;
        await RunAsync($"Reading the {Noun}s", async ct => await ItemsAsync(_kind, ct));
        if (_items.GetValueOrDefault(_kind)?.FirstOrDefault(s => s.Id == id) is { } item) await PickAsync(item);
    }

    private static string? UserLabel(User? user) => user is null ? null : $"{user.Name} <{user.Email}>";

    private Color ModeColor(SkillChangeMode mode) => !_copying && _mode == mode ? Color.Primary : Color.Default;

    private void PickMode(SkillChangeMode mode)
    {
        _mode = mode;
        _copying = false;
        _lastCopyChange = null;
    }

    /// <summary>Copy mode; a row says which of its changes are skills and which languages, so both lists are read.</summary>
    private Task PickCopyAsync()
    {
        _copying = true;
        return RunAsync("Reading the skills and languages", async ct =>
        {
            await ItemsAsync(RoutingKind.Skill, ct);
            await ItemsAsync(RoutingKind.Language, ct);
        });
    }

    private Color KindColor(RoutingKind kind) => _kind == kind ? Color.Primary : Color.Default;

    private async Task<IReadOnlyList<RoutingItem>> ItemsAsync(RoutingKind kind, CancellationToken ct)
    {
        if (!_items.TryGetValue(kind, out var items))
            _items[kind] = items = await Service.GetItemsAsync(kind, ct);
        return items;
    }

    private async Task<IEnumerable<RoutingItem>> SearchItemsAsync(string text, CancellationToken ct) =>
        (await ItemsAsync(_kind, ct)).Where(s => s.Name.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Switches between skills and languages; the picked one is dropped (its holders are of the other kind).</summary>
    private async Task PickKindAsync(RoutingKind kind)
    {
        if (kind == _kind) return;
        _kind = kind;
        if (kind == RoutingKind.Language && _proficiency is { } p) _proficiency = Math.Round(p, MidpointRounding.AwayFromZero);
        await PickAsync(null);
    }

    private async Task<IEnumerable<User>> SearchUsersAsync(string text, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(text) ? [] : await Api.Users.SearchAsync(text, ct);

    private async Task PickAsync(RoutingItem? item)
    {
        _picked = item;
        _holders = [];
        await LoadHoldersAsync();
    }

    private Task LoadHoldersAsync() => RunAsync($"Reading who has the {Noun}", async ct =>
        _holders = _picked is null ? [] : await Service.WhoHasAsync(_picked.Id, _picked.Kind, ct));

    /// <summary>A CSV with an optional proficiency column: each row's own value, else the proficiency for every row.</summary>
    private Task PreviewCsvAsync(InputFileChangeEventArgs e) => RunAsync($"Reading {e.File.Name}", async ct =>
    {
        var input = SkillCsvParser.Parse(await BrowserUpload.ReadAsync(e.File, ct), kind: _kind);
        if (_workflow is not null)
            await _workflow.PreviewAsync(WorkInput.From(e.File.Name, input.Identifiers), ChangeFor(input, _proficiency));
    });

    private BulkChange ChangeFor(SkillInput input, double? proficiency)
    {
        var skill = _picked!;
        var operation = skill.Kind.Operation(_mode);
        var level = input.HasRowProficiencies ? "each row's proficiency" : $"proficiency {proficiency}";
        return new BulkChange(Utility, _mode switch
        {
            SkillChangeMode.Change => $"Change {skill.Kind.Noun()} '{skill.Name}' to {level}",
            SkillChangeMode.Remove => $"Remove {skill.Kind.Noun()} '{skill.Name}'",
            _ => $"Assign {skill.Kind.Noun()} '{skill.Name}' at {level}",
        }, skill.Id, _mode == SkillChangeMode.Remove
            ? ids => new BulkRequest(operation, skill.Id, ids)
            : SkillsManagerService.ProficiencyRequest(operation, skill.Id, input, proficiency))
        {
            Wording = _mode == SkillChangeMode.Change
                ? new("Will change", "Already at this proficiency", "Changed", "change")
                : ChangeWording.For(operation),
        };
    }

    private Task ExportMatrixAsync() => RunAsync("Exporting people × skills", async ct =>
        await BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("skills-matrix", null, DateTimeOffset.Now), "text/csv",
            await Service.MatrixCsvAsync(ct), ct));

    private Task RunAsync(string action, Func<CancellationToken, Task> work) => _steps.RunAsync(action, work);

    /// <inheritdoc />
    public void Dispose()
    {
        _steps.Dispose();
    }
}
