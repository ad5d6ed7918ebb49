using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenesysCloud.Tests.Auth;

public sealed class LoginRedirectTests
{
    [Fact]
    public async Task AuthenticateAsync_LoginHostRedirects_DoesNotFollowAndNeverSendsTheSecretOn()
    {
        var redirectedTo = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost("/oauth/token", () => Results.Redirect("/elsewhere/oauth/token", permanent: false, preserveMethod: true));
        app.MapPost("/elsewhere/oauth/token", () =>
        {
            Interlocked.Increment(ref redirectedTo);
            return Results.Json(new { access_token = "t", token_type = "bearer", expires_in = 3600 });
        });
        await app.StartAsync();
        var baseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var auth = new GenesysAuth(new GenesysConfig("id", "secret") { ApiBaseUrl = baseUrl, AuthBaseUrl = baseUrl });

        var (success, message) = await auth.AuthenticateAsync();

        Assert.False(success);
        Assert.Contains("307", message, StringComparison.Ordinal);
        Assert.Equal(0, redirectedTo);
        await app.StopAsync();
    }
}
