using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Hosting;

public sealed class TokenExpiryTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new();

    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.TokenLifetime = TimeSpan.FromSeconds(5);
        options.Time = _time;
        return options;
    }

    [Fact]
    public async Task Token_BeforeExpiry_IsAccepted()
    {
        _time.Advance(TimeSpan.FromSeconds(4));

        using var response = await Api.GetAsync("/api/v2/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_AfterExpiry_Returns401AuthenticationRequired()
    {
        _time.Advance(TimeSpan.FromSeconds(5));

        using var response = await Api.GetAsync("/api/v2/users");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "authentication.required");
    }

    [Fact]
    public async Task UnknownToken_Returns401AuthenticationRequired()
    {
        using var http = new HttpClient { BaseAddress = Emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        using var response = await http.GetAsync("/api/v2/groups");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "authentication.required");
    }
}
