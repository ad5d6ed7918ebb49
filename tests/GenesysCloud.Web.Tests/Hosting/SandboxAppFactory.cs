using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GenesysCloud.Web.Tests.Hosting;

/// <summary>The real app in sandbox mode with a small, unthrottled demo org.</summary>
public sealed class SandboxAppFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Connection:Sandbox", "Always");
        builder.UseSetting("Sandbox:Users", "200");
        builder.UseSetting("Sandbox:Groups", "12");
        builder.UseSetting("Sandbox:Queues", "6");
        builder.UseSetting("Sandbox:Conversations", "0");
        builder.UseSetting("Sandbox:RateLimitPerMinute", "0");
    }
}
