using System.Net;

namespace GenesysCloud.Emulator.Tests.Hosting;

public sealed class ErrorBodyTests(OrgFixture org) : SharedOrgTest(org)
{
    [Fact]
    public async Task EveryError_HasAFreshContextIdMatchingTheCorrelationHeader()
    {
        using var first = await Api.GetAsync($"/api/v2/groups/{Guid.NewGuid()}");
        using var second = await Api.GetAsync($"/api/v2/groups/{Guid.NewGuid()}");

        var a = await first.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
        var b = await second.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
        Assert.NotEqual(a.GetProperty("contextId").GetString(), b.GetProperty("contextId").GetString());
        Assert.Equal(0, a.GetProperty("details").GetArrayLength());
        Assert.Equal(0, a.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task WrongMethod_Returns405WithErrorBody()
    {
        using var response = await Api.DeleteAsync("/api/v2/users");

        await response.AssertErrorAsync(HttpStatusCode.MethodNotAllowed, "method.not.allowed");
    }

    [Fact]
    public async Task WrongContentType_Returns415WithErrorBody()
    {
        using var content = new StringContent("query", System.Text.Encoding.UTF8, "text/plain");

        using var response = await Api.Http.PostAsync("/api/v2/users/search", content);

        await response.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType, "unsupported.media.type");
    }

    [Fact]
    public async Task InvalidQueryValue_Returns400NamingTheParameter()
    {
        using var response = await Api.GetAsync("/api/v2/users?pageSize=many");

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Contains("pageSize", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldError_NamesTheFieldInDetails()
    {
        using var response = await Api.PostAsync($"/api/v2/groups/{Org.Groups[0].Id}/members", new { memberIds = new[] { Org.Users[0].Id } });

        var body = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.Equal("version", body.GetProperty("details")[0].GetProperty("fieldName").GetString());
    }

    [Fact]
    public async Task SuccessfulResponse_AlsoCarriesACorrelationId()
    {
        using var response = await Api.GetAsync("/api/v2/users");

        Assert.True(Guid.TryParse(Assert.Single(response.Headers.GetValues("inin-correlation-id")), out _));
    }
}
