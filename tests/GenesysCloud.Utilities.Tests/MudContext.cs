using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GenesysCloud.Utilities.Tests;

/// <summary>A bUnit context with MudBlazor's services and loose JS interop; dispose it with <c>await using</c> (xunit v2).</summary>
internal static class MudContext
{
    public static BunitContext Create()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    /// <summary>A context whose components use <paramref name="org"/>'s workflow (engine, runner, owner "tests").</summary>
    public static BunitContext Create(TestOrg org)
    {
        var ctx = Create();
        ctx.Services.AddSingleton(org.Workflow);
        return ctx;
    }
}
