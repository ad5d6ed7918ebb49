using System.Net;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class RoutingApiTests(OrgFixture org) : SharedOrgTest(org)
{
    [Theory]
    [InlineData("skills", 30)]
    [InlineData("languages", 12)]
    [InlineData("wrapupcodes", 20)]
    public async Task List_ReturnsEveryEntityInTheStandardEnvelope(string resource, int count)
    {
        var page = await Api.GetJsonAsync($"/api/v2/routing/{resource}?pageSize=100");

        Assert.Equal(count, page.GetProperty("total").GetInt64());
        Assert.Equal(count, page.GetProperty("entities").GetArrayLength());
        var first = page.GetProperty("entities")[0];
        Assert.StartsWith($"/api/v2/routing/{resource}/", first.GetProperty("selfUri").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Skills_NameFilter_MatchesByPrefix()
    {
        var page = await Api.GetJsonAsync("/api/v2/routing/skills?name=re");

        Assert.Equal(
            Org.Skills.Where(s => s.Name.StartsWith("re", StringComparison.OrdinalIgnoreCase)).Select(s => s.Id).Order(),
            page.GetProperty("entities").Ids().Order());
    }
}
