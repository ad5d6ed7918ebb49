using Bunit;
using GenesysCloud.Utilities;
using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using GenesysCloud.Web.Hosting;
using GenesysCloud.Web.SignIn;
using GenesysCloud.Web.Tests.TestUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace GenesysCloud.Web.Tests.Shell;

/// <summary>A bUnit context with MudBlazor and the shell's services; dispose with <c>await using</c> (MudBlazor needs async dispose).</summary>
public static class BunitSetup
{
    public static BunitContext Create(UtilityRegistry? registry = null, AccessPolicy? policy = null)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(registry ?? TestRegistry.Create());
        ctx.Services.AddGenesysCloudUtilities();
        ctx.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        ctx.Services.AddSingleton(Options.Create(new ConnectionSettings { Sandbox = SandboxMode.Off }));
        ctx.Services.AddSingleton(Options.Create(new GenesysCloud.Emulator.EmulatorOptions()));
        ctx.Services.AddSingleton<CredentialSource>();
        ctx.Services.AddSingleton<SandboxHost>();
        ctx.Services.AddScoped<ConnectionBootstrapper>();
        ctx.Services.AddSingleton(policy ?? new AccessPolicy(AccessMode.ClientCredentials, null, false, ["http://127.0.0.1:5000"]));
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton<SignedInSessions>();
        ctx.AddAuthorization();
        return ctx;
    }
}
