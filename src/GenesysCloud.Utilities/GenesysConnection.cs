using Microsoft.Extensions.Logging;

namespace GenesysCloud.Utilities;

/// <summary>
/// The user session's connection to one Genesys Cloud org (registered scoped: one per Blazor
/// circuit). Holds the authenticated <see cref="GenesysCloudApi"/> that utilities use; the token
/// never leaves the server. Disconnecting drops the token and all utility state.
/// </summary>
public sealed class GenesysConnection : IDisposable
{
    private readonly UtilityStateStore _state;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly Func<GenesysApiOptions>? _optionsFactory;

    /// <summary>Creates a disconnected session.</summary>
    /// <param name="state">The session's utility state, cleared on disconnect.</param>
    /// <param name="loggerFactory">Passed to the SDK; optional.</param>
    /// <param name="optionsFactory">Builds SDK options per connection; SDK defaults when null.</param>
    public GenesysConnection(UtilityStateStore state, ILoggerFactory? loggerFactory = null, Func<GenesysApiOptions>? optionsFactory = null)
    {
        _state = state;
        _loggerFactory = loggerFactory;
        _optionsFactory = optionsFactory;
    }

    /// <summary>The connected API client, or null when disconnected.</summary>
    public GenesysCloudApi? Api { get; private set; }

    /// <summary>The authenticator of the current connection, or null.</summary>
    public GenesysAuth? Auth { get; private set; }

    /// <summary>True while an API client is available.</summary>
    public bool IsConnected => Api is not null;

    /// <summary>True when connected to the in-process sandbox emulator (no real data).</summary>
    public bool IsSandbox { get; private set; }

    /// <summary>What the app bar shows, e.g. "mypurecloud.com" or "Sandbox org"; null when disconnected.</summary>
    public string? OrgLabel { get; private set; }

    /// <summary>The signed-in person this connection acts for; null for client credentials (no person).</summary>
    public ConnectedPerson? Person { get; private set; }

    /// <summary>
    /// The signed-in person's permissions (Genesys strings, wildcards kept); null for client credentials, whose
    /// client role is checked by Genesys Cloud alone.
    /// </summary>
    public IReadOnlySet<string>? Permissions { get; private set; }

    /// <summary>The permissions <paramref name="utility"/> needs that the person lacks; empty when none (or no person).</summary>
    public IReadOnlyList<string> MissingPermissions(UtilityConfig utility)
    {
        ArgumentNullException.ThrowIfNull(utility);
        return Permissions is { } held ? Utilities.Permissions.PermissionCheck.Missing(utility.Permissions, held) : [];
    }

    /// <summary>Why the last session ended (e.g. idle timeout), for the UI; null after a manual disconnect.</summary>
    public string? LastDisconnectReason { get; private set; }

    /// <summary>Raised after every connect, disconnect or failed attempt.</summary>
    public event EventHandler? Changed;

    /// <summary>
    /// Authenticates with <paramref name="config"/> and, on success, replaces any current connection
    /// (clearing utility state, as a disconnect does). Never throws for HTTP or auth failures; the
    /// result says what went wrong and the current connection stays.
    /// </summary>
    /// <param name="config">Credentials, region and optional API/auth URLs.</param>
    /// <param name="isSandbox">Marks the connection as the sandbox emulator.</param>
    /// <param name="label">Org label for the app bar; the region or API host when null.</param>
    /// <param name="ct">Cancels the token request.</param>
    public async Task<ConnectResult> ConnectAsync(GenesysConfig config, bool isSandbox = false, string? label = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        var auth = new GenesysAuth(config);
        var (success, message) = await auth.AuthenticateAsync(ct).ConfigureAwait(false);
        if (!success)
        {
            _loggerFactory?.CreateLogger<GenesysConnection>().LogWarning("Connecting to {AuthUrl} failed: {Message}", config.AuthUrl, message);
            Changed?.Invoke(this, EventArgs.Empty);
            return new ConnectResult(false, message);
        }

        if (Api is not null)
        {
            // A different org or client: nothing picked or cached for the old one may leak into it.
            _state.ClearAll();
        }

        Use(auth, isSandbox, label ?? (config.ApiBaseUrl is { } url ? url.Authority : config.Region), person: null, permissions: null);
        return new ConnectResult(true, isSandbox ? "Connected to the sandbox org." : $"Connected to {OrgLabel}.");
    }

    /// <summary>
    /// Connects as a signed-in person: <paramref name="auth"/> holds their token (<see cref="GenesysAuth.ForSignedInUser"/>),
    /// so every call acts as them, with their permissions and in their name in Genesys Cloud's audit.
    /// </summary>
    /// <param name="auth">The person's authenticator; shared by their tabs, so it refreshes once for all.</param>
    /// <param name="person">Who they are, for the journal's "Who".</param>
    /// <param name="permissions">Their permissions, for the pre-flight check.</param>
    /// <param name="isSandbox">Marks the sandbox emulator.</param>
    /// <param name="label">Org label for the app bar.</param>
    public void ConnectSignedIn(GenesysAuth auth, ConnectedPerson person, IReadOnlySet<string> permissions, bool isSandbox, string label)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(permissions);
        if (Api is not null)
        {
            _state.ClearAll();
        }

        Use(auth, isSandbox, label, person, permissions);
    }

    private void Use(GenesysAuth auth, bool isSandbox, string label, ConnectedPerson? person, IReadOnlySet<string>? permissions)
    {
        ReleaseApi();
        var options = _optionsFactory?.Invoke() ?? new GenesysApiOptions();
        options.Logger ??= _loggerFactory;
        Api = new GenesysCloudApi(auth, options);
        Auth = auth;
        IsSandbox = isSandbox;
        OrgLabel = label;
        Person = person;
        Permissions = permissions;
        LastDisconnectReason = null;
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Drops the token and API client and clears every utility's state.</summary>
    /// <param name="reason">Shown to the user afterwards (e.g. "Disconnected after 30 minutes idle"); null for a manual disconnect.</param>
    public void Disconnect(string? reason = null)
    {
        ReleaseApi();
        _state.ClearAll();
        LastDisconnectReason = reason;
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <inheritdoc />
    public void Dispose() => ReleaseApi();

    private void ReleaseApi()
    {
        Api?.Dispose();
        Api = null;
        Auth = null;
        IsSandbox = false;
        OrgLabel = null;
        Person = null;
        Permissions = null;
    }
}
