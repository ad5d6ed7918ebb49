using GenesysCloud.Web.Configuration;
using GenesysCloud.Web.Connection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Web.Tests.Connection;

public sealed class CredentialSourceTests
{
    [Fact]
    public void Find_ConfiguredIdAndSecret_BuildsConfigWithDefaultRegion()
    {
        var source = NewSource(new() { ["GENESYS_CLIENT_ID"] = "id", ["GENESYS_CLIENT_SECRET"] = "secret" });

        var lookup = source.Find();

        Assert.Equal("id", lookup.Config?.ClientId);
        Assert.Equal("mypurecloud.com", lookup.Config?.Region);
        Assert.Equal("environment", lookup.Origin);
    }

    [Fact]
    public void Find_ApiUrl_PointsApiAndLoginAtIt()
    {
        var source = NewSource(new()
        {
            ["GENESYS_CLIENT_ID"] = "id", ["GENESYS_CLIENT_SECRET"] = "secret", ["GENESYS_REGION"] = "eu-west-1",
            ["GENESYS_API_URL"] = "http://127.0.0.1:9000/", ["GENESYS_AUTH_URL"] = "http://127.0.0.1:9001/",
        });

        var config = source.Find().Config!;

        Assert.Equal("mypurecloud.ie", config.Region);
        Assert.Equal("http://127.0.0.1:9000", config.ApiUrl);
        Assert.Equal("http://127.0.0.1:9001", config.AuthUrl);
    }

    [Fact]
    public void Find_UnknownRegion_ReportsTheProblemWithoutTheSecret()
    {
        var source = NewSource(new()
        {
            ["GENESYS_CLIENT_ID"] = "id", ["GENESYS_CLIENT_SECRET"] = "top-secret-value", ["GENESYS_REGION"] = "atlantis",
        });

        var lookup = source.Find();

        Assert.Null(lookup.Config);
        Assert.True(lookup.IsConfigured);
        Assert.Contains("atlantis", lookup.Problem);
        Assert.DoesNotContain("top-secret-value", lookup.Problem);
    }

    [Fact]
    public void Find_NoEnvironmentButConfigFile_ReadsTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gcu-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "client_id": "file-id", "client_secret": "file-secret", "region": "ap-southeast-2" }""");
        try
        {
            var source = new CredentialSource(new ConfigurationBuilder().Build(), Options.Create(new ConnectionSettings { ConfigPath = path }));

            var lookup = source.Find();

            Assert.Equal("file-id", lookup.Config?.ClientId);
            Assert.Equal("mypurecloud.com.au", lookup.Config?.Region);
            Assert.Equal(path, lookup.Origin);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Find_ApiUrlOutsideGenesysCloud_IsRefusedWithTheAllowedHosts()
    {
        var source = NewSource(new()
        {
            ["GENESYS_CLIENT_ID"] = "id", ["GENESYS_CLIENT_SECRET"] = "top-secret-value", ["GENESYS_API_URL"] = "https://collector.example.net/",
        });

        var lookup = source.Find();

        Assert.Null(lookup.Config);
        Assert.Contains("'https://collector.example.net' is not a Genesys Cloud host", lookup.Problem);
        Assert.DoesNotContain("top-secret-value", lookup.Problem);
    }

    [Fact]
    public void Find_UrlInConfigurationAndCredentialsInFile_IsRefusedAsAMix()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gcu-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "client_id": "file-id", "client_secret": "file-secret" }""");
        try
        {
            var source = new CredentialSource(
                new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["GENESYS_AUTH_URL"] = "http://127.0.0.1:9/" }).Build(),
                Options.Create(new ConnectionSettings { ConfigPath = path }));

            var lookup = source.Find();

            Assert.Null(lookup.Config);
            Assert.Contains("GENESYS_AUTH_URL is set in the environment", lookup.Problem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Find_Nothing_IsNotConfigured()
    {
        var lookup = NewSource([]).Find();

        Assert.False(lookup.IsConfigured);
    }

    private static CredentialSource NewSource(Dictionary<string, string?> values) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values).Build(),
            Options.Create(new ConnectionSettings { ConfigPath = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json") }));
}
