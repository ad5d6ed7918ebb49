using System.Net;
using System.Text.Json.Serialization;
using GenesysCloud.Emulator.Apis;
using GenesysCloud.Emulator.SignIn;

namespace GenesysCloud.Emulator.Hosting;

/// <summary>Builds the Kestrel app: 127.0.0.1 only, no configuration files, quiet logging.</summary>
internal static class EmulatorHost
{
    public static WebApplication Build(EmulatorOptions options, EmulatorState state, RequestLog log)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The host app's appsettings and ASPNETCORE_* settings (URLs, Kestrel endpoints) are not ours.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        // Binding failures throw in every environment, so ErrorBodyMiddleware can answer with the reason.
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services
            .AddSingleton(options)
            .AddSingleton(options.Faults)
            .AddSingleton(state)
            .AddSingleton(log)
            .AddSingleton<TokenStore>()
            .AddSingleton<UserJsonCache>()
            .AddSingleton(new EmulatorSignIn(options, state))
            .AddSingleton<RateLimitWindows>()
            .AddSingleton(new SeededDice(options.Seed))
            .AddSingleton<ExternalGroupEdits>()
            .AddSingleton<InjectedConflicts>();

        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<ErrorBodyMiddleware>();
        app.UseRouting();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api
                .UseMiddleware<AccessTokenMiddleware>()
                .UseMiddleware<PersonPermissionMiddleware>()
                .UseMiddleware<RateLimitMiddleware>()
                .UseMiddleware<PageSizeCapMiddleware>()
                .UseMiddleware<FaultMiddleware>());
        app.MapOAuthApi()
            .MapAuthorize()
            .MapMe()
            .MapUsersApi()
            .MapGroupsApi()
            .MapQueuesApi()
            .MapRoutingApi()
            .MapUserRoutingSkillsApi()
            .MapUserRoutingLanguagesApi()
            .MapConversationsApi()
            .MapAnalyticsApi();
        return app;
    }
}
