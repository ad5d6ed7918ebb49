using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GenesysCloud.Utilities;

/// <summary>
/// Base class of every utility. A utility is a Razor component in its own folder that inherits
/// this class and returns its <see cref="Config"/>; the shell finds it at start-up (see
/// <see cref="UtilityRegistry"/>) and renders it at <c>/u/{Config.Id}</c>.
/// </summary>
/// <remarks>
/// <para><b>Two parts, as Blazor Sections.</b> Put settings inside <see cref="UtilitySidebar"/> and
/// the work area inside <see cref="UtilityMain"/>; the shell places them with <c>SectionOutlet</c>s:
/// the sidebar in the navigation drawer below the utility list, the main part below the shell's
/// shared picker. The main part is rendered only once the group/queue/user the config requires has
/// been picked, so its markup can rely on <see cref="SelectedGroup"/> (etc.) being set. Markup
/// outside both sections renders just above the main part (usually there is none). The utility
/// component itself lives as long as the user stays on it, whatever is picked.</para>
/// <code>
/// @inherits UtilityBase
/// &lt;UtilitySidebar&gt; ...settings... &lt;/UtilitySidebar&gt;
/// &lt;UtilityMain&gt; ...uses SelectedGroup and Api... &lt;/UtilityMain&gt;
/// @code {
///     public override UtilityConfig Config =&gt; new("my-tool", "My tool", "Does one thing.", Icons.Material.Filled.Build)
///         { Category = "Users &amp; Groups", RequiresGroup = true, Tags = ["groups"] };
/// }
/// </code>
/// <para><b>Lifecycle.</b> <see cref="InitState"/> runs when the utility is opened;
/// <see cref="Cleanup"/> runs when the user switches to another utility, disconnects (which also
/// clears all state) or closes the session. Keep values that must survive switching in
/// <see cref="GetState{T}"/>/<see cref="SetState{T}"/>, which are scoped by utility id and session.</para>
/// <para><b>Services.</b> A utility builds its own services from <see cref="Api"/>
/// (e.g. <c>new GroupMembershipService(Api)</c>), so nothing has to be registered elsewhere.
/// <see cref="Config"/> must not depend on injected services: the registry reads it from a bare instance.</para>
/// </remarks>
public abstract class UtilityBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private bool _disposed;

    /// <summary>The utility's description: id, name, category, requirements, tags.</summary>
    public abstract UtilityConfig Config { get; }

    /// <summary>The group picked in the shell's picker (when <see cref="UtilityConfig.RequiresGroup"/>).</summary>
    [Parameter] public Group? SelectedGroup { get; set; }

    /// <summary>The queue picked in the shell's picker (when <see cref="UtilityConfig.RequiresQueue"/>).</summary>
    [Parameter] public Queue? SelectedQueue { get; set; }

    /// <summary>The user picked in the shell's picker (when <see cref="UtilityConfig.RequiresUser"/>).</summary>
    [Parameter] public User? SelectedUser { get; set; }

    /// <summary>The session's connection (org label, sandbox flag, connected state).</summary>
    [Inject] protected GenesysConnection Connection { get; set; } = default!;

    /// <summary>Session state store; use <see cref="GetState{T}"/>/<see cref="SetState{T}"/>.</summary>
    [Inject] protected UtilityStateStore StateStore { get; set; } = default!;

    /// <summary>MudBlazor snackbar used by the Show* methods.</summary>
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The connected API client.</summary>
    /// <exception cref="InvalidOperationException">The session is not connected (the shell does not render utilities then).</exception>
    protected GenesysCloudApi Api => Connection.Api ?? throw new InvalidOperationException("Not connected to Genesys Cloud.");

    /// <summary>Cancelled when the utility is cleaned up (switch, disconnect, session end): pass it to long work.</summary>
    protected CancellationToken UtilityCancellation => _lifetime.Token;

    /// <summary>Called once when the utility is opened; seed state here.</summary>
    protected virtual void InitState()
    {
    }

    /// <summary>Called when the user leaves the utility, disconnects or the session ends.</summary>
    protected virtual void Cleanup()
    {
    }

    /// <summary>Runs <see cref="InitState"/>; override <see cref="InitState"/> or <c>OnInitializedAsync</c> instead.</summary>
    protected sealed override void OnInitialized() => InitState();

    /// <summary>The value stored under <paramref name="key"/> for this utility and session, or <paramref name="defaultValue"/>.</summary>
    protected T GetState<T>(string key, T defaultValue) => StateStore.Get(Config.Id, key, defaultValue);

    /// <summary>Stores a value for this utility and session.</summary>
    protected void SetState<T>(string key, T value) => StateStore.Set(Config.Id, key, value);

    /// <summary>Shows an error that stays until dismissed.</summary>
    protected void ShowError(string message) =>
        Snackbar.Add(message, Severity.Error, options => options.RequireInteraction = true);

    /// <summary>Shows a failed response: HTTP status, Genesys code and message, correlation id.</summary>
    protected void ShowError<T>(ApiResponse<T> response, string? action = null) => ShowError(ApiErrorMessage.From(response, action));

    /// <summary>Shows an exception; a <see cref="GenesysApiException"/> shows status, message and correlation id.</summary>
    protected void ShowError(Exception exception, string? action = null) => ShowError(ApiErrorMessage.From(exception, action));

    /// <summary>Shows a success message.</summary>
    protected void ShowSuccess(string message) => Snackbar.Add(message, Severity.Success);

    /// <summary>Shows an informational message.</summary>
    protected void ShowInfo(string message) => Snackbar.Add(message, Severity.Info);

    /// <summary>Shows a warning.</summary>
    protected void ShowWarning(string message) => Snackbar.Add(message, Severity.Warning);

    /// <summary>
    /// Runs work with <see cref="UtilityCancellation"/> and turns any failure into an error message
    /// instead of an exception page. Returns false when the work failed or was cancelled.
    /// </summary>
    protected async Task<bool> RunSafelyAsync(string action, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await work(UtilityCancellation);
            return true;
        }
        catch (OperationCanceledException) when (UtilityCancellation.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            ShowError(ex, action);
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <see cref="Cleanup"/> and cancels <see cref="UtilityCancellation"/>.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        _lifetime.Cancel();
        Cleanup();
        _lifetime.Dispose();
    }
}
