using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.Downloads;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace GenesysCloud.Utilities.GroupManager;

public sealed partial class GroupManagerPanel : IDisposable
{
    private readonly PanelSteps _steps = new();
    private Group _group = default!;
    private IReadOnlyList<User> _members = [];
    private HashSet<User> _selected = [];
    private BulkWorkflow? _workflow;
    private bool _loadingMembers;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public GroupMembershipService Service { get; set; } = default!;

    [Parameter, EditorRequired] public Group Group { get; set; } = default!;

    [Parameter] public IdentifierInputOptions InputOptions { get; set; } = IdentifierInputOptions.Default;

    protected override async Task OnParametersSetAsync()
    {
        if (_group?.Id == Group.Id)
            return;
        _group = Group;
        await RefreshAsync();
    }

    private Task RefreshAsync() => RunAsync("Loading the group", async ct =>
    {
        _loadingMembers = true;
        try
        {
            _group = await Service.GetGroupAsync(Group.Id, ct);
            _members = await Service.GetMembersAsync(Group.Id, ct);
            _selected = [];
        }
        finally
        {
            _loadingMembers = false;
        }
    });

    /// <summary>Runs one step; any failure becomes the message above the grid, never an exception page.</summary>
    private Task RunAsync(string action, Func<CancellationToken, Task> work) => _steps.RunAsync(action, work);

    private async Task ConfirmRemoveAsync()
    {
        WorkPreview? confirmed = null;
        await RunAsync("Preparing the removal", async ct =>
        {
            var preview = await _workflow!.PlanAsync(WorkInput.FromUsers("selected members", _selected), GroupMembershipService.RemoveChange(_group), ct);
            var parameters = new DialogParameters<RemoveMembersDialog> { { d => d.Preview, preview }, { d => d.GroupName, _group.Name ?? _group.Id } };
            var dialog = await Dialogs.ShowAsync<RemoveMembersDialog>("Remove members", parameters);
            if (await dialog.Result is { Canceled: false })
                confirmed = preview;
        });

        if (confirmed is not null)
            await _workflow!.ApplyAsync(confirmed);
    }

    private Task ExportMembersAsync() => RunAsync("Exporting the members", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("members", _group.Name, DateTimeOffset.Now),
            "text/csv", GroupManagerCsv.Members(_members), ct));

    public void Dispose()
    {
        _steps.Dispose();
    }
}
