using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace GenesysCloud.Web.Tests.Hosting;

public sealed class AccessPolicyTests
{
    [Fact]
    public void ClientCredentialsOnLoopback_AreAllowed()
    {
        var policy = Decide(new() { ["urls"] = "http://127.0.0.1:5000" }, clientCredentials: true);

        Assert.Equal(AccessMode.ClientCredentials, policy.Mode);
        Assert.False(policy.TrustedNetwork);
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("urls", "http://127.0.0.1:5000;http://gcu.example.com:5000")]
    public void ClientCredentialsOffLoopbackWithoutSignIn_RefuseToStartWithOneLine(string key, string value)
    {
        var ex = Assert.Throws<StartupRefusedException>(() => Decide(new() { [key] = value }, clientCredentials: true));

        Assert.StartsWith("Cannot start: listening on ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GENESYS_SIGNIN_CLIENT_ID", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GENESYS_TRUSTED_NETWORK=1", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void ClientCredentialsOffLoopback_OnATrustedNetwork_RunAndSaySo()
    {
        var policy = Decide(new() { ["urls"] = "http://0.0.0.0:8080", ["GENESYS_TRUSTED_NETWORK"] = "1" }, clientCredentials: true);

        Assert.Equal(AccessMode.ClientCredentials, policy.Mode);
        Assert.True(policy.TrustedNetwork);
    }

    [Fact]
    public void SignInConfigured_AlwaysSignsIn_EvenOnLoopbackWithClientCredentials()
    {
        var policy = Decide(new()
        {
            ["urls"] = "http://127.0.0.1:5000", ["GENESYS_SIGNIN_CLIENT_ID"] = "code-client", ["GENESYS_SIGNIN_CLIENT_SECRET"] = "s",
            ["GENESYS_REGION"] = "eu-west-1",
        }, clientCredentials: true);

        Assert.Equal(AccessMode.SignIn, policy.Mode);
        Assert.Equal("https://login.mypurecloud.ie", policy.SignInClient!.AuthUrl);
    }

    [Fact]
    public void SignInClientWithANonGenesysLoginUrl_RefusesToStart()
    {
        var ex = Assert.Throws<StartupRefusedException>(() => Decide(new()
        {
            ["GENESYS_SIGNIN_CLIENT_ID"] = "code-client", ["GENESYS_SIGNIN_CLIENT_SECRET"] = "s", ["GENESYS_AUTH_URL"] = "https://login.attacker.example",
        }, clientCredentials: false));

        Assert.Contains("is not a Genesys Cloud host", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingConfigured_OffLoopback_OpensTheSandboxWithSignIn()
    {
        var policy = Decide(new() { ["http_ports"] = "8080" }, clientCredentials: false);

        Assert.Equal(AccessMode.SandboxSignIn, policy.Mode);
        Assert.True(policy.RequiresSignIn);
    }

    [Theory]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("https://gcu.example.com", false)]
    public void ListenAddress_IsLoopbackOnlyForLoopbackHosts(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    [Fact]
    public void DevelopmentProfile_OffLoopback_RunsAsProduction()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", null);
        Assert.Equal("Production", WebEnvironment.Options(["--environment", "Development", "--urls", "http://0.0.0.0:5000"]).EnvironmentName);
        Assert.Equal("Development", WebEnvironment.Options(["--environment", "Development", "--urls", "http://127.0.0.1:5000"]).EnvironmentName);
    }

    private static AccessPolicy Decide(Dictionary<string, string?> values, bool clientCredentials) =>
        AccessPolicy.Decide(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), SandboxMode.Auto, clientCredentials);
}
