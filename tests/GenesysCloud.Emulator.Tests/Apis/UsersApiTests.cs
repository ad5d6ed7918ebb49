using System.Net;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class UsersApiTests(OrgFixture org) : SharedOrgTest(org)
{
    [Fact]
    public async Task List_PageSize500_ReturnsStandardEnvelope()
    {
        var page = await Api.GetJsonAsync("/api/v2/users?pageSize=500");

        Assert.Equal(200, page.GetProperty("entities").GetArrayLength());
        Assert.Equal(200, page.GetProperty("total").GetInt64());
        Assert.Equal(1, page.GetProperty("pageCount").GetInt32());
        Assert.Equal(500, page.GetProperty("pageSize").GetInt32());
        Assert.Equal("/api/v2/users?pageSize=500&pageNumber=1", page.GetProperty("selfUri").GetString());
        Assert.False(page.TryGetProperty("nextUri", out _));
        Assert.False(page.TryGetProperty("previousUri", out _));
    }

    [Fact]
    public async Task List_MiddlePage_LinksBothWays()
    {
        var page = await Api.GetJsonAsync("/api/v2/users?pageSize=50&pageNumber=2");

        Assert.Equal(Org.Users.Skip(50).Take(50).Select(u => u.Id), page.GetProperty("entities").Ids());
        Assert.Equal("/api/v2/users?pageSize=50&pageNumber=3", page.GetProperty("nextUri").GetString());
        Assert.Equal("/api/v2/users?pageSize=50&pageNumber=1", page.GetProperty("previousUri").GetString());
        Assert.Equal("/api/v2/users?pageSize=50&pageNumber=4", page.GetProperty("lastUri").GetString());
        Assert.Equal(4, page.GetProperty("pageCount").GetInt32());
    }

    [Fact]
    public async Task List_ById_ReturnsOnlyThoseUsers()
    {
        var wanted = Org.Users.Take(3).Select(u => u.Id).ToList();

        var page = await Api.GetJsonAsync($"/api/v2/users?id={wanted[0]}&id={wanted[1]},{wanted[2]}");

        Assert.Equal(wanted, page.GetProperty("entities").Ids());
    }

    [Fact]
    public async Task Get_KnownUser_ReturnsUserShape()
    {
        var seeded = Org.Users[7];

        var user = await Api.GetJsonAsync($"/api/v2/users/{seeded.Id}");

        Assert.Equal(seeded.Name, user.GetProperty("name").GetString());
        Assert.Equal(seeded.Email, user.GetProperty("email").GetString());
        Assert.Equal(seeded.Email, user.GetProperty("username").GetString());
        Assert.Equal("active", user.GetProperty("state").GetString());
        Assert.Equal(Org.Division.Id, user.GetProperty("division").GetProperty("id").GetString());
        Assert.Equal($"/api/v2/users/{seeded.Id}", user.GetProperty("selfUri").GetString());
    }

    [Fact]
    public async Task Get_UnknownUser_Returns404NotFound()
    {
        using var response = await Api.GetAsync($"/api/v2/users/{Guid.NewGuid()}");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task Search_ExactEmailValues_FindsEachUser()
    {
        var emails = Org.Users.Take(3).Select(u => u.Email.ToUpperInvariant()).ToArray();

        using var response = await Api.PostAsync("/api/v2/users/search", new
        {
            query = new[] { new { type = "EXACT", fields = new[] { "email" }, values = emails } },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, body.GetProperty("total").GetInt64());
        Assert.Equal(["users"], body.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(Org.Users.Take(3).Select(u => u.Id).Order(), body.GetProperty("results").Ids().Order());
    }

    [Fact]
    public async Task Search_QueryString_MatchesAcrossFields()
    {
        var target = Org.Users[11];
        var expected = Org.Users
            .Where(u => new[] { u.Name, u.Email, u.Username, u.Department, u.Title }.Any(f => f.Contains(target.Department, StringComparison.OrdinalIgnoreCase)))
            .Count();

        using var response = await Api.PostAsync("/api/v2/users/search", new
        {
            pageSize = 100,
            query = new[] { new { type = "QUERY_STRING", value = target.Department } },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(expected, body.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Search_OrCriteria_MatchEither()
    {
        var (a, b) = (Org.Users[1], Org.Users[2]);

        using var response = await Api.PostAsync("/api/v2/users/search", new
        {
            query = new[]
            {
                new { type = "EXACT", fields = new[] { "email" }, value = a.Email, @operator = "OR" },
                new { type = "STARTS_WITH", fields = new[] { "email" }, value = b.Email[..^4], @operator = "OR" },
            },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), body.GetProperty("results").Ids().Order());
    }

    [Fact]
    public async Task Search_ContainsAndNot_ExcludesTheNotMatches()
    {
        using var response = await Api.PostAsync("/api/v2/users/search", new
        {
            pageSize = 100,
            query = new[]
            {
                new { type = "CONTAINS", fields = new[] { "email" }, value = "@example.com", @operator = "AND" },
                new { type = "EXACT", fields = new[] { "department" }, value = "Sales", @operator = "NOT" },
            },
        });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(Org.Users.Count(u => u.Department != "Sales"), body.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Search_NextPageLink_ReturnsTheNextPage()
    {
        using var first = await Api.PostAsync("/api/v2/users/search", new
        {
            pageSize = 100,
            query = new[] { new { type = "MATCH_ALL" } },
        });
        var firstBody = await first.JsonAsync(HttpStatusCode.OK);

        var second = await Api.GetJsonAsync(firstBody.GetProperty("nextPage").GetString()!);

        Assert.Equal(2, second.GetProperty("pageNumber").GetInt32());
        Assert.Equal(Org.Users.Skip(100).Take(100).Select(u => u.Id), second.GetProperty("results").Ids());
        Assert.False(second.TryGetProperty("nextPage", out _));
    }

    [Theory]
    [InlineData("""{"query":[]}""")]
    [InlineData("""{"query":[{"type":"EXACT","fields":["shoeSize"],"value":"9"}]}""")]
    [InlineData("""{"query":[{"type":"FUZZY","fields":["name"],"value":"x"}]}""")]
    [InlineData("""{"query":[{"type":"EXACT","fields":["name"]}]}""")]
    [InlineData("""not json""")]
    public async Task Search_InvalidRequest_Returns400(string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await Api.Http.PostAsync("/api/v2/users/search", content);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public void Seed_Emails_AreUniqueFirstDotLast()
    {
        var emails = Org.Users.Select(u => u.Email).ToList();

        Assert.Equal(emails.Count, emails.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(emails, e => Assert.Matches("^[a-z0-9]+\\.[a-z0-9]+@example\\.com$", e));
    }
}
