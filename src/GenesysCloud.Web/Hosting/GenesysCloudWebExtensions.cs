using GenesysCloud.Bulk.Journal;
using GenesysCloud.Emulator;
using GenesysCloud.Utilities;
using GenesysCloud.Utilities.Workflow;
using GenesysCloud.Web.Components;
using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;

namespace GenesysCloud.Web.Hosting;

/// <summary>Service registration and request pipeline of the web app, so Program.cs stays short.</summary>
public static class GenesysCloudWebExtensions
{
    public static WebApplicationBuilder AddGenesysCloudWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        services.AddGenesysCloudUtilities();
        services.AddHealthChecks();

        services.Configure<ThemeSettings>(configuration.GetSection(ThemeSettings.SectionName));
        services.Configure<ConnectionSettings>(configuration.GetSection(ConnectionSettings.SectionName));
        services.PostConfigure<ConnectionSettings>(settings =>
        {
            if (IsSwitchOn(configuration[ConnectionSettingsKeys.SandboxEnvironmentVariable]))
            {
                settings.Sandbox = SandboxMode.Always;
            }
        });
        services.Configure<EmulatorOptions>(configuration.GetSection("Sandbox"));

        // Jobs:JournalPath moves the journal Group Manager writes and Jobs reads (tests, containers). Without it
        // nothing is registered, so BulkEngines keeps the sandbox's jobs out of the real org's default journal.
        if (configuration["Jobs:JournalPath"] is { Length: > 0 } journalPath)
        {
            services.TryAddSingleton<IJobJournal>(_ => new SqliteJobJournal(SqliteJobJournal.ForFile(journalPath)));
        }
        services.TryAddSingleton(TimeProvider.System);

        // Bulk jobs run in this hosted runner, not in a browser tab's circuit (Jobs:MaxConcurrentJobsPerPerson caps them).
        services.AddBulkJobRunner(configuration.GetSection("Jobs"));
        services.AddSingleton<SandboxHost>();
        services.AddSingleton<CredentialSource>();
        services.AddScoped<ConnectionBootstrapper>();
        services.AddScoped<IdleMonitor>();
        services.AddScoped<CircuitHandler, IdleCircuitHandler>();
        return builder;
    }

    public static WebApplication UseGenesysCloudWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapHealthChecks("/healthz");
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Log(app.Services));
        return app;
    }

    private static bool IsSwitchOn(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)
                              || value.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase));
}
