namespace GenesysCloud.Tests.Config;

public sealed class GenesysHostsTests
{
    [Theory]
    [InlineData("https://api.mypurecloud.ie/")]
    [InlineData("https://api.edee1.eusc-pure.cloud")]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    public void ApiUrl_GenesysRegionOrLoopback_IsAccepted(string url)
    {
        var config = new GenesysConfig("id", "secret") { ApiBaseUrl = new Uri(url) };

        Assert.Equal(url.TrimEnd('/'), config.ApiUrl);
    }

    [Theory]
    [InlineData("https://attacker.example.com/")]
    [InlineData("https://api.mypurecloud.ie.attacker.example/")]
    [InlineData("http://api.mypurecloud.ie/")]
    [InlineData("https://login.mypurecloud.ie/")]
    [InlineData("http://10.0.0.5:8080/")]
    public void ApiUrl_AnyOtherHost_IsRefusedWithAMessageNamingTheAllowedHosts(string url)
    {
        var ex = Assert.Throws<ArgumentException>(() => new GenesysConfig("id", "secret") { ApiBaseUrl = new Uri(url) });

        Assert.Equal("ApiBaseUrl", ex.ParamName);
        Assert.Contains("is not a Genesys Cloud host", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https://api.<region domain>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthUrl_ApiHost_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new GenesysConfig("id", "secret") { AuthBaseUrl = new Uri("https://api.mypurecloud.com") });

        Assert.Equal("AuthBaseUrl", ex.ParamName);
    }

    [Fact]
    public void LoginUrlFor_RegionApiHost_IsTheRegionLoginHost()
    {
        Assert.Equal(new Uri("https://login.mypurecloud.de/"), GenesysHosts.LoginUrlFor(new Uri("https://api.mypurecloud.de")));
        Assert.Equal(new Uri("http://127.0.0.1:9/"), GenesysHosts.LoginUrlFor(new Uri("http://127.0.0.1:9/")));
    }
}
