using GenesysCloud.Utilities;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace GenesysCloud.Web.Components.Pages;

/// <summary>
/// Hosts one utility at <c>/u/{id}</c>: the shared picker, then the utility inside an error
/// boundary. Picked items are kept per utility in the session state, so switching back keeps them.
/// </summary>
public sealed partial class UtilityPage : IDisposable
{
    private const string GroupKey = "shell:group";
    private const string QueueKey = "shell:queue";
    private const string UserKey = "shell:user";

    private UtilityDescriptor? _utility;
    private ErrorBoundary? _boundary;
    private Group? _group;
    private Queue? _queue;
    private User? _user;

    [Parameter] public string Id { get; set; } = "";

    [Inject] private UtilityRegistry Registry { get; set; } = default!;
    [Inject] private GenesysConnection Connection { get; set; } = default!;
    [Inject] private UtilityStateStore State { get; set; } = default!;
    [Inject] private Hosting.AccessPolicy Policy { get; set; } = default!;

    private bool IsReady =>
        _utility is { Config: var config }
        && (!config.RequiresGroup || _group is not null)
        && (!config.RequiresQueue || _queue is not null)
        && (!config.RequiresUser || _user is not null);

    private string MissingSelection =>
        _utility?.Config is not { } config ? ""
        : string.Join(" and ", new[]
        {
            config.RequiresGroup && _group is null ? "a group" : null,
            config.RequiresQueue && _queue is null ? "a queue" : null,
            config.RequiresUser && _user is null ? "a user" : null,
        }.OfType<string>());

    private Dictionary<string, object?> UtilityParameters => new()
    {
        [nameof(UtilityBase.SelectedGroup)] = _group,
        [nameof(UtilityBase.SelectedQueue)] = _queue,
        [nameof(UtilityBase.SelectedUser)] = _user,
    };

    protected override void OnInitialized() => Connection.Changed += OnConnectionChanged;

    protected override void OnParametersSet()
    {
        var utility = Registry.Find(Id);
        if (utility != _utility)
        {
            _utility = utility;
            _boundary?.Recover();
        }

        LoadSelection();
    }

    public void Dispose() => Connection.Changed -= OnConnectionChanged;

    private void LoadSelection()
    {
        if (_utility is null)
        {
            return;
        }

        _group = State.Get<Group?>(_utility.Config.Id, GroupKey, null);
        _queue = State.Get<Queue?>(_utility.Config.Id, QueueKey, null);
        _user = State.Get<User?>(_utility.Config.Id, UserKey, null);
    }

    private void RememberSelection()
    {
        if (_utility is null)
        {
            return;
        }

        State.Set(_utility.Config.Id, GroupKey, _group);
        State.Set(_utility.Config.Id, QueueKey, _queue);
        State.Set(_utility.Config.Id, UserKey, _user);
    }

    private void Recover() => _boundary?.Recover();

    private void OnConnectionChanged(object? sender, EventArgs e) => _ = InvokeAsync(() =>
    {
        LoadSelection();
        StateHasChanged();
    });
}
