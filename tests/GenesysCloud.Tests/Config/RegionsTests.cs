namespace GenesysCloud.Tests.Config;

public sealed class RegionsTests
{
    [Fact]
    public void All_Lists18RegionsWithUniqueCodesAndDomains()
    {
        Assert.Equal(18, Regions.All.Count);
        Assert.Equal(18, Regions.All.Select(r => r.Code).Distinct().Count());
        Assert.Equal(18, Regions.All.Select(r => r.Domain).Distinct().Count());
    }

    [Fact]
    public void GetRegions_ReturnsDomainsWithUsEast1First()
    {
        var domains = Regions.GetRegions();

        Assert.Equal("mypurecloud.com", domains[0]);
        Assert.Equal(Regions.All.Select(r => r.Domain), domains);
        Assert.Contains("mypurecloud.ie", domains);
        Assert.Contains("edee1.eusc-pure.cloud", domains);
    }

    [Theory]
    [InlineData("eu-west-1", "mypurecloud.ie")]
    [InlineData("EU-WEST-1", "mypurecloud.ie")]
    [InlineData("mypurecloud.de", "mypurecloud.de")]
    [InlineData("MyPureCloud.com.AU", "mypurecloud.com.au")]
    [InlineData("us-east-2", "use2.us-gov-pure.cloud")]
    [InlineData(" ap-northeast-3 ", "apne3.pure.cloud")]
    public void Find_CodeOrDomainAnyCase_ReturnsRegion(string key, string expectedDomain)
    {
        Assert.Equal(expectedDomain, Regions.Find(key)?.Domain);
    }

    [Theory]
    [InlineData("mars-north-1")]
    [InlineData("")]
    [InlineData("api.mypurecloud.com")]
    public void Find_Unknown_ReturnsNull(string key)
    {
        Assert.Null(Regions.Find(key));
    }
}
