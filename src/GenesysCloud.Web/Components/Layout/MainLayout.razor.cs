using GenesysCloud.Utilities;
using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using GenesysCloud.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace GenesysCloud.Web.Components.Layout;

public sealed partial class MainLayout
{
    private MudTheme _theme = new();
    private bool _darkMode;
    private bool _drawerOpen = true;
    private bool _starting = true;

    [Inject] private GenesysConnection Connection { get; set; } = default!;
    [Inject] private ConnectionBootstrapper Bootstrapper { get; set; } = default!;
    [Inject] private IdleMonitor Idle { get; set; } = default!;
    [Inject] private IOptions<ThemeSettings> Theme { get; set; } = default!;
    [Inject] private AccessPolicy Policy { get; set; } = default!;
    [Inject] private SandboxHost Sandbox { get; set; } = default!;

    /// <summary>The sandbox's demo people, whose passwords the banner shows (nothing about them is secret).</summary>
    private IReadOnlyList<GenesysCloud.Emulator.DemoPerson> DemoPeople =>
        Policy.Mode == AccessMode.SandboxSignIn && Sandbox.Current is { } emulator ? emulator.SignIn.People : [];

    protected override async Task OnInitializedAsync()
    {
        _theme = ThemeFactory.Create(Theme.Value);
        Connection.Changed += OnConnectionChanged;
        Idle.TimedOut += OnIdleTimedOut;
        try
        {
            await Bootstrapper.RunOnceAsync();
        }
        finally
        {
            _starting = false;
        }
    }

    public void Dispose()
    {
        Connection.Changed -= OnConnectionChanged;
        Idle.TimedOut -= OnIdleTimedOut;
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private void ToggleDarkMode() => _darkMode = !_darkMode;

    private void OnConnectionChanged(object? sender, EventArgs e) => _ = InvokeAsync(StateHasChanged);

    private void OnIdleTimedOut(object? sender, EventArgs e) => _ = InvokeAsync(() =>
    {
        if (Connection.IsConnected)
        {
            Connection.Disconnect($"Disconnected after {Idle.Timeout.TotalMinutes:0} minutes without activity. Connect again to continue.");
        }
    });
}
