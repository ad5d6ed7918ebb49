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
/// Skills Manager: reads go through <see cref="SkillsManagerService"/>; assigning, changing and removing a skill are
/// previewed and applied by the shared <see cref="BulkWorkflow"/>; a copy runs its per-skill jobs one after another
/// in the background runner.
/// </summary>
public sealed partial class SkillsManagerPanel : IDisposable
{
    private const string Utility = "Skills Manager";
    private readonly PanelSteps _steps = new();
    private IReadOnlyList<Skill>? _skills;
    private Skill? _skill;
    private IReadOnlyList<SkillHolder> _holders = [];
    private SkillChangeMode _mode = SkillChangeMode.Assign;
    private double? _proficiency = 3;
    private BulkWorkflow? _workflow;
    private User? _copySource;
    private string? _copyTargets;
    private bool _copyIdentical;
    private SkillCopyPlan? _copy;
    private bool _copyRunning;
    private string? _copyStatus;

    [Inject] private GenesysConnection Connection { get; set; } = default!;

    [Inject] private BulkWorkflowService Workflow { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    /// <summary>The skill to open with (a link to one skill); none when null.</summary>
    [Parameter] public string? SkillId { get; set; }

    private GenesysCloudApi Api => Connection.Api ?? throw new InvalidOperationException("Not connected to Genesys Cloud.");

    private SkillsManagerService Service => new(Api, Workflow.Engine, Workflow.Owner.RequestedBy(Utility));

    /// <summary>The change the workflow's own input (paste, search, group or queue) plans: the mode at one proficiency.</summary>
    private BulkChange? Change => _skill is null || (_mode != SkillChangeMode.Remove && _proficiency is not (>= 0 and <= 5))
        ? null
        : ChangeFor(SkillInput.Of(new IdentifierInput(IdentifierKind.Email, [])), _proficiency);

    protected override async Task OnInitializedAsync()
    {
        if (SkillId is null) return;
        await RunAsync("Reading the skills", async ct => _skills ??= await Service.GetSkillsAsync(ct));
        if (_skills?.FirstOrDefault(s => s.Id == SkillId) is { } skill) await PickAsync(skill);
    }

    private static string? UserLabel(User? user) => user is null ? null : $"{user.Name} <{user.Email}>";

    private Color ModeColor(SkillChangeMode mode) => _mode == mode ? Color.Primary : Color.Default;

    private async Task<IEnumerable<Skill>> SearchSkillsAsync(string text, CancellationToken ct)
    {
        _skills ??= await Service.GetSkillsAsync(ct);
        return _skills.Where(s => s.Name?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);
    }

    private async Task<IEnumerable<User>> SearchUsersAsync(string text, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(text) ? [] : await Api.Users.SearchAsync(text, ct);

    private async Task PickAsync(Skill? skill)
    {
        _skill = skill;
        _holders = [];
        await LoadHoldersAsync();
    }

    private Task LoadHoldersAsync() => RunAsync("Reading who has the skill", async ct =>
        _holders = _skill is null ? [] : await Service.WhoHasAsync(_skill.Id, ct));

    /// <summary>A CSV with an optional proficiency column: each row's own value, else the proficiency for every row.</summary>
    private Task PreviewCsvAsync(InputFileChangeEventArgs e) => RunAsync($"Reading {e.File.Name}", async ct =>
    {
        var limit = IdentifierInputOptions.Default.MaxBytes;
        if (e.File.Size > limit)
            throw new CsvInputException($"{e.File.Name} is {e.File.Size:N0} bytes; the limit is {limit:N0}.");
        using var buffer = new MemoryStream();
        await using (var stream = e.File.OpenReadStream(limit, ct))
            await stream.CopyToAsync(buffer, ct);
        var input = SkillCsvParser.Parse(buffer.ToArray());
        if (_workflow is not null)
            await _workflow.PreviewAsync(WorkInput.From(e.File.Name, input.Identifiers), ChangeFor(input, _proficiency));
    });

    private BulkChange ChangeFor(SkillInput input, double? proficiency)
    {
        var skill = _skill!;
        var operation = _mode switch
        {
            SkillChangeMode.Change => BulkOperation.ChangeSkill,
            SkillChangeMode.Remove => BulkOperation.RemoveSkill,
            _ => BulkOperation.AssignSkill,
        };
        var level = input.HasRowProficiencies ? "each row's proficiency" : $"proficiency {proficiency}";
        return new BulkChange(Utility, operation switch
        {
            BulkOperation.ChangeSkill => $"Change '{skill.Name}' to {level}",
            BulkOperation.RemoveSkill => $"Remove '{skill.Name}'",
            _ => $"Assign '{skill.Name}' at {level}",
        }, skill.Id, operation == BulkOperation.RemoveSkill
            ? ids => new BulkRequest(operation, skill.Id, ids)
            : SkillsManagerService.ProficiencyRequest(operation, skill.Id, input, proficiency))
        {
            Wording = operation switch
            {
                BulkOperation.ChangeSkill => new("Will change", "Already at this proficiency", "Changed", "change"),
                _ => ChangeWording.For(operation),
            },
        };
    }

    private Task PreviewCopyAsync() => RunAsync("Previewing the copy", async ct =>
    {
        _copyStatus = null;
        var targets = PastedIdentifierParser.Parse(_copyTargets ?? "", IdentifierKind.Email).Values;
        _copy = await Service.PlanCopyAsync(_copySource!.Id, targets, _copyIdentical, ct);
    });

    /// <summary>Starts the copy's jobs one after another in the background runner (each journaled, each undoable in Jobs).</summary>
    private async Task ApplyCopyAsync()
    {
        var plans = _copy!.Plans.Where(p => p.ChangeCount > 0).ToList();
        _copyRunning = true;
        try
        {
            for (var i = 0; i < plans.Count; i++)
            {
                _copyStatus = $"Job {i + 1} of {plans.Count}: {plans[i].TargetName}…";
                StateHasChanged();
                var input = new WorkInput("copied skills", [.. plans[i].Items.Select(item => new WorkRow(null, item.Identifier, RowState.WillChange) { Identifier = item.Identifier })]);
                var change = BulkChange.Of(Utility, plans[i].Request.Operation, plans[i].Request.TargetId, plans[i].TargetName, plans[i].Request.Proficiency);
                var job = Workflow.Apply(new WorkPreview(change, input.Source, WorkRows.Planned(input, plans[i]), plans[i]));
                await job.Completion.WaitAsync(_steps.Lifetime);
            }

            _copyStatus = $"Copied: {Plural.Of(plans.Count, "job")} finished; see Jobs for each one's result and undo.";
        }
        catch (OperationCanceledException) when (_steps.Lifetime.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _steps.Error = ApiErrorMessage.From(ex, "Copying skills");
        }
        finally
        {
            _copyRunning = false;
        }

        await LoadHoldersAsync();
    }

    private Task ExportMatrixAsync() => RunAsync("Exporting people × skills", async ct =>
        await BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("skills-matrix", null, DateTimeOffset.Now), "text/csv",
            await Service.MatrixCsvAsync(ct), ct));

    private Task RunAsync(string action, Func<CancellationToken, Task> work) => _steps.RunAsync(action, work);

    /// <inheritdoc />
    public void Dispose() => _steps.Dispose();
}
