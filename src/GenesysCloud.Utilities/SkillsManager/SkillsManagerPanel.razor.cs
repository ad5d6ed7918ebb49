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
/// language are previewed and applied by the shared <see cref="BulkWorkflow"/>; a copy is one job in the background runner.
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
    private string? _copyTargets;
    private bool _copyIdentical;
    private bool _copySkills = true;
    private bool _copyLanguages = true;
    private SkillCopyPlan? _copy;
    private RunningJob? _copyJob;
    private string? _copyStatus;

    [Inject] private GenesysConnection Connection { get; set; } = default!;

    [Inject] private BulkWorkflowService Workflow { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>The skill to open with (a link to one skill); none when null.</summary>
    [Parameter] public string? SkillId { get; set; }

    /// <summary>The language to open with (a link to one language); none when null.</summary>
    [Parameter] public string? LanguageId { get; set; }

    private GenesysCloudApi Api => Connection.Api ?? throw new InvalidOperationException("Not connected to Genesys Cloud.");

    private SkillsManagerService Service => new(Api, Workflow.Engine, Workflow.Owner.RequestedBy(Utility));

    /// <summary>The change the workflow's own input (paste, search, group or queue) plans: the mode at one proficiency.</summary>
    private BulkChange? Change => _picked is null || (_mode != SkillChangeMode.Remove && !ProficiencyValid)
        ? null
        : ChangeFor(SkillInput.Of(new IdentifierInput(IdentifierKind.Email, [])), _proficiency);

    /// <summary>The proficiency for every row is one the picked kind keeps as given (languages: a whole number).</summary>
    private bool ProficiencyValid => _proficiency is { } p && _kind.IsValid(p);

    private string Noun => _kind.Noun();

    protected override async Task OnInitializedAsync()
    {
        if ((LanguageId ?? SkillId) is not { } id) return;
        _kind = LanguageId is null ? RoutingKind.Skill : RoutingKind.Language;
        await RunAsync($"Reading the {Noun}s", async ct => await ItemsAsync(ct));
        if (_items.GetValueOrDefault(_kind)?.FirstOrDefault(s => s.Id == id) is { } item) await PickAsync(item);
    }

    private static string? UserLabel(User? user) => user is null ? null : $"{user.Name} <{user.Email}>";

    private Color ModeColor(SkillChangeMode mode) => _mode == mode ? Color.Primary : Color.Default;

    private Color KindColor(RoutingKind kind) => _kind == kind ? Color.Primary : Color.Default;

    private async Task<IReadOnlyList<RoutingItem>> ItemsAsync(CancellationToken ct)
    {
        if (!_items.TryGetValue(_kind, out var items))
            _items[_kind] = items = await Service.GetItemsAsync(_kind, ct);
        return items;
    }

    private async Task<IEnumerable<RoutingItem>> SearchItemsAsync(string text, CancellationToken ct) =>
        (await ItemsAsync(ct)).Where(s => s.Name.Contains(text, StringComparison.OrdinalIgnoreCase));

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
        var limit = IdentifierInputOptions.Default.MaxBytes;
        if (e.File.Size > limit)
            throw new CsvInputException($"{e.File.Name} is {e.File.Size:N0} bytes; the limit is {limit:N0}.");
        using var buffer = new MemoryStream();
        await using (var stream = e.File.OpenReadStream(limit, ct))
            await stream.CopyToAsync(buffer, ct);
        var input = SkillCsvParser.Parse(buffer.ToArray(), kind: _kind);
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

    private Task PreviewCopyAsync() => RunAsync("Previewing the copy", async ct =>
    {
        _copyStatus = null;
        _copyJob = null;
        var targets = PastedIdentifierParser.Parse(_copyTargets ?? "", IdentifierKind.Email).Values;
        _copy = await Service.PlanCopyAsync(_copySource!.Id, targets, new RoutingCopyOptions(_copySkills, _copyLanguages, _copyIdentical), ct);
    });

    /// <summary>
    /// Starts the copy as ONE background job (journaled before anything is sent): closing the tab does not stop it, and
    /// Jobs shows, resumes and undoes it like any other.
    /// </summary>
    private void ApplyCopy()
    {
        var plan = _copy!.Plan;
        var input = new WorkInput("copied skills", [.. plan.Items.Select(item => new WorkRow(null, item.Identifier, RowState.WillChange) { Identifier = item.Identifier })]);
        var change = BulkChange.Of(Utility, plan.Request.Operation, plan.Request.TargetId, plan.TargetName);
        try
        {
            _copyJob = Workflow.Apply(new WorkPreview(change, input.Source, WorkRows.Planned(input, plan), plan));
        }
        catch (Exception ex)
        {
            _steps.Error = ApiErrorMessage.From(ex, "Copying skills");
            return;
        }

        _copy = null;
        _copyJob.Changed += OnCopyChanged;
        _ = WatchCopyAsync(_copyJob);
    }

    private void OnCopyChanged(RunningJob job) => _ = InvokeAsync(StateHasChanged);

    private async Task WatchCopyAsync(RunningJob job)
    {
        try
        {
            await job.Completion.WaitAsync(_steps.Lifetime);
        }
        catch (OperationCanceledException) when (_steps.Lifetime.IsCancellationRequested)
        {
            return; // the tab went away; the job goes on in the background runner
        }
        finally
        {
            job.Changed -= OnCopyChanged;
        }

        _copyStatus = job.Result is { } result
            ? $"Copied: {Plural.Of(result.Applied, "change")} applied, {Plural.Of(result.Failed, "failed item")}; see Jobs for the details and undo."
            : $"The copy stopped: {job.Error ?? job.State.ToString()}. Resume it in Jobs.";
        await InvokeAsync(LoadHoldersAsync);
    }

    private Task ExportMatrixAsync() => RunAsync("Exporting people × skills", async ct =>
        await BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("skills-matrix", null, DateTimeOffset.Now), "text/csv",
            await Service.MatrixCsvAsync(ct), ct));

    private Task RunAsync(string action, Func<CancellationToken, Task> work) => _steps.RunAsync(action, work);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_copyJob is { } job) job.Changed -= OnCopyChanged;
        _steps.Dispose();
    }
}
