using GenesysCloud.Bulk.Journal;
using GenesysCloud.Emulator;
using GenesysCloud.Utilities;
using GenesysCloud.Utilities.Workflow;
using GenesysCloud.Web.Components;
using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using GenesysCloud.Web.SignIn;
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
        var settings = configuration.GetSection(ConnectionSettings.SectionName).Get<ConnectionSettings>() ?? new ConnectionSettings();
        if (IsSwitchOn(configuration[ConnectionSettingsKeys.SandboxEnvironmentVariable]))
        {
            settings.Sandbox = SandboxMode.Always;
        }

        var clientCredentials = new CredentialSource(configuration, Microsoft.Extensions.Options.Options.Create(settings)).Find();
        var policy = AccessPolicy.Decide(configuration, settings.Sandbox, clientCredentials.IsConfigured);
        services.AddSingleton(policy);
        services.AddGenesysSignIn(policy);
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        services.AddGenesysCloudUtilities();
        services.AddHealthChecks();

        services.Configure<ThemeSettings>(configuration.GetSection(ThemeSettings.SectionName));
        services.Configure<ConnectionSettings>(configuration.GetSection(ConnectionSettings.SectionName));
        services.PostConfigure<ConnectionSettings>(configured => configured.Sandbox = settings.Sandbox);
        services.Configure<EmulatorOptions>(configuration.GetSection("Sandbox"));

        // Jobs:Journal (or Jobs:JournalPath): a SQLite file or a team's PostgreSQL; with PostgreSQL the Data
        // Protection keys live there too, so sign-in cookies work on every instance.
        services.AddJobJournal(configuration);
        services.AddSharedDataProtection(configuration);
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
        var policy = app.Services.GetRequiredService<AccessPolicy>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseHubOriginCheck();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        if (policy.RequiresSignIn)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        app.UseAntiforgery();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        app.MapGenesysSignIn(policy);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Log(app.Services));
        return app;
    }

    private static bool IsSwitchOn(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)
                              || value.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase));
}
