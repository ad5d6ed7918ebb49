using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.Downloads;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace GenesysCloud.Utilities.GroupManager;

public sealed partial class GroupManagerPanel : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private Group _group = default!;
    private IReadOnlyList<User> _members = [];
    private HashSet<User> _selected = [];
    private bool _loadingMembers;
    private bool _busy;
    private string? _error;
    private bool _errorIsInput;
    private MembershipPreview? _preview;
    private bool _applying;
    private MembershipProgress? _progress;
    private MembershipApplyResult? _result;
    private CancellationTokenSource? _applyCts;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public GroupMembershipService Service { get; set; } = default!;

    [Parameter, EditorRequired] public Group Group { get; set; } = default!;

    [Parameter] public IdentifierInputOptions InputOptions { get; set; } = IdentifierInputOptions.Default;

    private bool Busy => _busy || _applying;

    protected override async Task OnParametersSetAsync()
    {
        if (_group?.Id == Group.Id)
            return;
        _group = Group;
        DiscardPreview();
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
    private async Task RunAsync(string action, Func<CancellationToken, Task> work)
    {
        _busy = true;
        _error = null;
        _errorIsInput = false;
        try
        {
            await work(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (CsvInputException ex)
        {
            // The rejected input replaces the earlier preview, which must not stay applicable next to this error.
            DiscardPreview();
            _error = ex.Message;
            _errorIsInput = true;
        }
        catch (Exception ex)
        {
            _error = ApiErrorMessage.From(ex, action);
        }
        finally
        {
            _busy = false;

            // Children call this through a delegate, not an EventCallback, so this panel must re-render itself.
            StateHasChanged();
        }
    }

    private void ShowPreview(MembershipPreview preview)
    {
        _preview = preview;
        _result = null;
        _progress = null;
    }

    private void DiscardPreview()
    {
        _preview = null;
        _result = null;
        _progress = null;
    }

    private async Task ApplyAsync()
    {
        if (_preview is not { CanApply: true } preview || _applying)
            return;

        _applying = true;
        _error = null;
        _progress = new MembershipProgress(0, preview.Changes.Count);
        _applyCts = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        var progress = new Progress<MembershipProgress>(p =>
        {
            _progress = p;
            _ = InvokeAsync(StateHasChanged);
        });
        try
        {
            _result = await Service.ApplyAsync(preview, progress, _applyCts.Token);
            _progress = _progress with { Done = _result.Applied + _result.Failed };
        }
        catch (Exception ex) when (!_lifetime.IsCancellationRequested)
        {
            _error = ApiErrorMessage.From(ex, "Applying the changes");
        }
        finally
        {
            _applying = false;
            _applyCts.Dispose();
            _applyCts = null;
        }

        if (!_lifetime.IsCancellationRequested)
            await RefreshAsync();
    }

    private void CancelApply() => _applyCts?.Cancel();

    private async Task ConfirmRemoveAsync()
    {
        MembershipPreview? confirmed = null;
        await RunAsync("Preparing the removal", async ct =>
        {
            var preview = await Service.PreviewRemoveAsync(_group, _selected, ct);
            var parameters = new DialogParameters<RemoveMembersDialog> { { d => d.Preview, preview } };
            var dialog = await Dialogs.ShowAsync<RemoveMembersDialog>("Remove members", parameters);
            var answer = await dialog.Result;
            if (answer is { Canceled: false })
                confirmed = preview;
        });

        if (confirmed is not null)
        {
            ShowPreview(confirmed);
            await ApplyAsync();
        }
    }

    private Task ExportMembersAsync() => RunAsync("Exporting the members", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("members", _group.Name, DateTimeOffset.Now),
            "text/csv", GroupManagerCsv.Members(_members), ct));

    private Task ExportReportAsync() => RunAsync("Exporting the report", ct =>
        BrowserDownload.SaveAsync(Js, BrowserDownload.FileName("membership-report", _group.Name, DateTimeOffset.Now),
            "text/csv", GroupManagerCsv.Report(_preview!, _result), ct));

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
