namespace GenesysCloud.Tests.Config;

public sealed class GenesysConfigTests
{
    [Fact]
    public void Constructor_Defaults_UseUsEast1Hosts()
    {
        var config = new GenesysConfig("id", "secret");

        Assert.Equal("mypurecloud.com", config.Region);
        Assert.Equal("https://login.mypurecloud.com", config.AuthUrl);
        Assert.Equal("https://api.mypurecloud.com", config.ApiUrl);
    }

    [Fact]
    public void Constructor_RegionCode_ResolvesToDomainHosts()
    {
        var config = new GenesysConfig("id", "secret", "eu-central-1");

        Assert.Equal("mypurecloud.de", config.Region);
        Assert.Equal("https://api.mypurecloud.de", config.ApiUrl);
        Assert.Equal("https://login.mypurecloud.de", config.AuthUrl);
    }

    [Fact]
    public void BaseUrlOverrides_ReplaceHosts()
    {
        var config = new GenesysConfig("id", "secret")
        {
            ApiBaseUrl = new Uri("http://127.0.0.1:5000/"),
            AuthBaseUrl = new Uri("http://127.0.0.1:5001/"),
        };

        Assert.Equal("http://127.0.0.1:5000", config.ApiUrl);
        Assert.Equal("http://127.0.0.1:5001", config.AuthUrl);
    }

    [Theory]
    [InlineData("", "secret", "ClientId")]
    [InlineData("  ", "secret", "ClientId")]
    [InlineData("id", "", "ClientSecret")]
    public void Constructor_EmptyCredential_ThrowsNamingField(string id, string secret, string field)
    {
        var ex = Assert.Throws<ArgumentException>(() => new GenesysConfig(id, secret));

        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    public void Constructor_UnknownRegion_ThrowsNamingRegion()
    {
        var ex = Assert.Throws<ArgumentException>(() => new GenesysConfig("id", "secret", "mars-north-1"));

        Assert.Equal("Region", ex.ParamName);
        Assert.Contains("mars-north-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OmitsSecret()
    {
        var config = new GenesysConfig("my-id", "very-secret-value");

        Assert.DoesNotContain("very-secret-value", config.ToString(), StringComparison.Ordinal);
        Assert.Contains("my-id", config.ToString(), StringComparison.Ordinal);
    }
}
