using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Hosting;

public sealed class RateLimitTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new();

    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.RateLimitPerMinute = 3;
        options.Time = _time;
        return options;
    }

    [Fact]
    public async Task ApiResponse_CarriesRateLimitHeaders()
    {
        using var response = await Api.GetAsync("/api/v2/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Header(response, "inin-ratelimit-count"));
        Assert.Equal("3", Header(response, "inin-ratelimit-allowed"));
        Assert.Equal("60", Header(response, "inin-ratelimit-reset"));
    }

    [Fact]
    public async Task OverTheLimit_Returns429WithRetryAfterUntilTheWindowFrees()
    {
        for (var i = 0; i < 3; i++)
            (await Api.GetAsync("/api/v2/users")).Dispose();
        _time.Advance(TimeSpan.FromSeconds(20));

        using var limited = await Api.GetAsync("/api/v2/users");

        await limited.AssertErrorAsync(HttpStatusCode.TooManyRequests, "too.many.requests");
        Assert.Equal(TimeSpan.FromSeconds(40), limited.Headers.RetryAfter?.Delta);
        Assert.Equal("40", Header(limited, "inin-ratelimit-reset"));
        Assert.Equal(1, Emulator.Requests.Count429);
    }

    [Fact]
    public async Task WindowFreed_AllowsRequestsAgain()
    {
        for (var i = 0; i < 4; i++)
            (await Api.GetAsync("/api/v2/users")).Dispose();

        _time.Advance(TimeSpan.FromSeconds(60));
        using var response = await Api.GetAsync("/api/v2/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Header(response, "inin-ratelimit-count"));
    }

    [Fact]
    public async Task Limit_IsPerAccessToken()
    {
        for (var i = 0; i < 4; i++)
            (await Api.GetAsync("/api/v2/users")).Dispose();
        using var other = await ApiClient.ConnectAsync(Emulator);

        using var response = await other.GetAsync("/api/v2/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenEndpoint_IsNotRateLimited()
    {
        using var http = new HttpClient { BaseAddress = Emulator.BaseUrl };

        for (var i = 0; i < 5; i++)
        {
            using var token = await ApiClient.RequestTokenAsync(http, Emulator.ClientId, Emulator.ClientSecret);
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }
    }

    private static string Header(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));
}
