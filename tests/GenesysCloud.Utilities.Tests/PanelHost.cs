using Bunit;
using GenesysCloud.Utilities.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Utilities.Tests;

/// <summary>
/// Registers what a utility panel on the shared workflow injects: a session connected to the test org, and a
/// workflow over the org's engine with a background job runner of its own.
/// </summary>
internal static class PanelHost
{
    public static async Task<BulkJobRunner> AddConnectedWorkflowAsync(this BunitContext ctx, TestOrg org)
    {
        var connection = new GenesysConnection(new UtilityStateStore());
        var emulator = org.Emulator;
        var connected = await connection.ConnectAsync(
            new GenesysConfig(emulator.ClientId, emulator.ClientSecret) { ApiBaseUrl = emulator.BaseUrl, AuthBaseUrl = emulator.BaseUrl }, isSandbox: true);
        Assert.True(connected.Success, connected.Message);
        var runner = new BulkJobRunner(Options.Create(new JobRunnerOptions()), TimeProvider.System, NullLogger<BulkJobRunner>.Instance, org.Journal);
        ctx.Services.AddSingleton(connection);
        ctx.Services.AddSingleton(runner);
        ctx.Services.AddSingleton(new BulkWorkflowService(org.EngineFor(), runner, new JobOwner("tests", "Tests")));
        return runner;
    }
}
