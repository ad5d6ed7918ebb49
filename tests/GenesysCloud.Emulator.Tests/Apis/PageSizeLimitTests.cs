using System.Net;

namespace GenesysCloud.Emulator.Tests.Apis;

/// <summary>
/// FACTS §8: /users, /groups, /routing/queues and /routing/skills page up to 500; members lists up to 100;
/// user skills up to 50; beyond that 400 bad.request.
/// </summary>
public sealed class PageSizeLimitTests(OrgFixture org) : SharedOrgTest(org)
{
    public static TheoryData<string, int> Lists => new()
    {
        { "/api/v2/users", 500 },
        { "/api/v2/groups", 500 },
        { "/api/v2/groups/{group}/members", 100 },
        { "/api/v2/groups/{group}/individuals", 100 },
        { "/api/v2/routing/queues", 500 },
        { "/api/v2/routing/queues/{queue}/members", 100 },
        { "/api/v2/routing/skills", 500 },
        { "/api/v2/routing/languages", 100 },
        { "/api/v2/routing/wrapupcodes", 100 },
        { "/api/v2/users/{user}/routingskills", 50 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_MaxPageSize_IsAccepted(string route, int max)
    {
        using var response = await Api.GetAsync($"{Resolve(route)}?pageSize={max}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_PageSizeAboveMax_Returns400(string route, int max)
    {
        using var response = await Api.GetAsync($"{Resolve(route)}?pageSize={max + 1}");

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Theory]
    [InlineData("/api/v2/users/search")]
    [InlineData("/api/v2/groups/search")]
    public async Task Search_PageSizeAbove100_Returns400(string route)
    {
        using var response = await Api.PostAsync(route, new { pageSize = 101, query = new[] { new { type = "MATCH_ALL" } } });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    private string Resolve(string route) => route
        .Replace("{group}", Org.Groups[0].Id, StringComparison.Ordinal)
        .Replace("{queue}", Org.Queues[0].Id, StringComparison.Ordinal)
        .Replace("{user}", Org.Users[0].Id, StringComparison.Ordinal);
}
