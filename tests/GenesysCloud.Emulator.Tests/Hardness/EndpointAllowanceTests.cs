using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Hardness;

/// <summary>FACTS §7 and §8: endpoints can have allowances below the token's limit, shown in inin-ratelimit-allowed.</summary>
public sealed class EndpointAllowanceTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new();

    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.Time = _time;
        options.RateLimitPerMinute = 6;
        options.EndpointAllowances = new Dictionary<string, int> { ["GET /api/v2/users"] = 2 };
        return options;
    }

    [Fact]
    public async Task EndpointWithAnAllowance_ShowsItAndAnswers429BeyondIt()
    {
        using var first = await Api.GetAsync("/api/v2/users");
        using var second = await Api.GetAsync("/api/v2/users");
        _time.Advance(TimeSpan.FromSeconds(15));
        using var third = await Api.GetAsync("/api/v2/users");

        Assert.Equal("2", Header(first, "inin-ratelimit-allowed"));
        Assert.Equal("2", Header(second, "inin-ratelimit-count"));
        var body = await third.AssertErrorAsync(HttpStatusCode.TooManyRequests, "too.many.requests");
        Assert.Equal(TimeSpan.FromSeconds(45), third.Headers.RetryAfter?.Delta);
        Assert.Equal("Rate limit exceeded the maximum. Retry the request in [45] seconds", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task OtherEndpoints_KeepTheTokenLimit()
    {
        for (var i = 0; i < 3; i++)
            (await Api.GetAsync("/api/v2/users")).Dispose();

        using var groups = await Api.GetAsync("/api/v2/groups");

        Assert.Equal(HttpStatusCode.OK, groups.StatusCode);
        Assert.Equal("6", Header(groups, "inin-ratelimit-allowed"));
        Assert.Equal("3", Header(groups, "inin-ratelimit-count"));
    }

    [Fact]
    public async Task EndpointRequests_CountAgainstTheTokenLimitToo()
    {
        for (var i = 0; i < 2; i++)
            (await Api.GetAsync("/api/v2/users")).Dispose();
        for (var i = 0; i < 4; i++)
            (await Api.GetAsync("/api/v2/groups")).Dispose();

        using var limited = await Api.GetAsync("/api/v2/groups");

        await limited.AssertErrorAsync(HttpStatusCode.TooManyRequests, "too.many.requests");
    }

    [Fact]
    public async Task Defaults_Give180OnGetUsers()
    {
        var options = SmallOrg.Options();
        options.RateLimitPerMinute = 300;
        await using var emulator = await GenesysEmulator.StartAsync(options);
        using var api = await ApiClient.ConnectAsync(emulator);

        using var users = await api.GetAsync("/api/v2/users");
        using var groups = await api.GetAsync("/api/v2/groups");

        Assert.Equal("180", Header(users, "inin-ratelimit-allowed"));
        Assert.Equal("300", Header(groups, "inin-ratelimit-allowed"));
    }

    private static string Header(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));
}
