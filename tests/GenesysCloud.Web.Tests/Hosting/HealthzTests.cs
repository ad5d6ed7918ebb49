using System.Net;

namespace GenesysCloud.Web.Tests.Hosting;

public sealed class HealthzTests(SandboxAppFactory factory) : IClassFixture<SandboxAppFactory>
{
    [Fact]
    public async Task Healthz_Returns200Healthy()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_AfterSignIn_ServesTheAppShellWithoutSecrets()
    {
        using var client = factory.CreateClient();

        var html = await SandboxSignIn.SignInAsync(client);

        Assert.Contains("<title>Genesys Cloud Utilities</title>", html);
        Assert.Contains("_framework/blazor.web", html);
        Assert.DoesNotContain("emulator-client-secret", html);
        Assert.DoesNotContain("emulator-signin-client-secret", html);
    }
}
