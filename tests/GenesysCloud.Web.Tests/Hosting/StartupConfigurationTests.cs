using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace GenesysCloud.Web.Tests.Hosting;

public sealed class StartupConfigurationTests
{
    [Fact]
    public void Normalize_SandboxSwitch_BecomesTheSandboxSetting()
    {
        var args = StartupArguments.Normalize(["--urls", "http://127.0.0.1:5000", "--sandbox"]);

        Assert.Equal(["--urls", "http://127.0.0.1:5000", "--Connection:Sandbox=Always"], args);
    }

    [Theory]
    [InlineData("1", SandboxMode.Always)]
    [InlineData("true", SandboxMode.Always)]
    [InlineData("0", SandboxMode.Auto)]
    public async Task GenesysSandboxVariable_SetsTheSandboxMode(string value, SandboxMode expected)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("GENESYS_SANDBOX", value));

        var settings = factory.Services.GetRequiredService<IOptions<ConnectionSettings>>().Value;

        Assert.Equal(expected, settings.Sandbox);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.IdleTimeout);
    }

    [Fact]
    public async Task ThemeSection_FromConfiguration_ReachesTheMudTheme()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Theme:Primary", "#123456")
            .UseSetting("Theme:Font", "Inter, sans-serif"));

        var theme = ThemeFactory.Create(factory.Services.GetRequiredService<IOptions<ThemeSettings>>().Value);

        Assert.Equal("#123456", theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex));
        Assert.Equal("#ffffff", theme.PaletteLight.Background.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), ignoreCase: true);
        Assert.Equal(["Inter", "sans-serif"], theme.Typography.Default.FontFamily ?? []);
    }
}
