using GenesysCloud.Diagnostics;
using GenesysCloud.Emulator;
using GenesysCloud.Tests.Support;
using Microsoft.AspNetCore.Http;
using static GenesysCloud.Tests.Diagnostics.FakeAnswers;

namespace GenesysCloud.Tests.Diagnostics;

/// <summary>
/// The probes of the routing expands on the directory and of the rate-limit windows, against an emulator that answers
/// the harder way for each (an expand left out, long or short windows, endpoints counted apart).
/// </summary>
public sealed class ExpandAndWindowProbeTests
{
    [Fact]
    public async Task RunAsync_ExpandFollowed_PassesAndCountsTheHolders()
    {
        await using var emulator = await StartAsync();
        using var api = TestEmulator.Client(emulator);

        var skills = (await new OrgDoctor(api).RunAsync()).Find("users.expand-skills")!;

        Assert.Equal(ProbeStatus.Pass, skills.Status);
        Assert.StartsWith("200 users on the page, every one with a skills list", skills.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SkillsExpandIgnored_WarnsWithWhatTheFallbackCosts()
    {
        await using var emulator = await StartAsync(o => o.IgnoredUserExpands.Add("skills"));
        using var api = TestEmulator.Client(emulator);

        var report = await new OrgDoctor(api).RunAsync();

        var skills = report.Find("users.expand-skills")!;
        Assert.Equal(ProbeStatus.Warn, skills.Status);
        Assert.Equal("200 users on the page, 200 of them without a skills field (not expanded, or left out for people with none).", skills.Observed);
        // All 1,000 read again: 10 reads by id, then 1,000 one by one.
        Assert.Contains("every 1,000 people cost up to 1,010 more calls (about 3.4 min at 300 calls per minute)", skills.Meaning, StringComparison.Ordinal);
        Assert.Equal(ProbeStatus.Pass, report.Find("users.expand-languages")?.Status);
    }

    [Fact]
    public async Task RunAsync_ResetsOfAMinuteWindow_Pass()
    {
        await using var emulator = await StartAsync();
        using var api = TestEmulator.Client(emulator);

        var reset = (await new OrgDoctor(api).RunAsync()).Find("rate-limit.reset")!;

        Assert.Equal(ProbeStatus.Pass, reset.Status);
        Assert.EndsWith("and 60 (whole numbers); the longest is the window as its first call saw it.", reset.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TenMinuteWindows_WarnsThatTheSdkWindowMustMatch()
    {
        await using var emulator = await StartAsync(o => o.RateLimitWindow = TimeSpan.FromMinutes(10));
        using var api = TestEmulator.Client(emulator);

        var reset = (await new OrgDoctor(api).RunAsync()).Find("rate-limit.reset")!;

        Assert.Equal(ProbeStatus.Warn, reset.Status);
        Assert.Contains("and 600 (whole numbers)", reset.Observed, StringComparison.Ordinal);
        Assert.Contains("set GenesysApiOptions.RateLimitWindow to match", reset.Meaning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TenSecondWindows_WarnsThatNoWindowLookedLikeAMinute()
    {
        await using var emulator = await StartAsync(o => o.RateLimitWindow = TimeSpan.FromSeconds(10));
        using var api = TestEmulator.Client(emulator);

        var reset = (await new OrgDoctor(api).RunAsync()).Find("rate-limit.reset")!;

        Assert.Equal(ProbeStatus.Warn, reset.Status);
        Assert.StartsWith("No answer showed a window near a minute long", reset.Meaning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("59.5", ProbeStatus.Fail, "are not whole numbers (e.g. '59.5')")]
    [InlineData("59000", ProbeStatus.Fail, "and 59000 (whole numbers)")]
    public async Task RunAsync_ResetNotInWholeSeconds_Fails(string reset, ProbeStatus expected, string observed)
    {
        await using var server = await FakeApiServer.StartAsync((context, index) => WithHeaders(context, index, reset));
        using var api = server.Client();

        var result = (await new OrgDoctor(api).RunAsync()).Find("rate-limit.reset")!;

        Assert.Equal(expected, result.Status);
        Assert.Contains(observed, result.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CountRisingAcrossEndpoints_PassesTheSharedWindow()
    {
        await using var emulator = await StartAsync();
        using var api = TestEmulator.Client(emulator);

        var shared = (await new OrgDoctor(api).RunAsync()).Find("rate-limit.token-window")!;

        Assert.Equal(ProbeStatus.Pass, shared.Status);
        Assert.Contains("started again 0 times", shared.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EndpointsCountedApart_WarnsThatTheTokenWindowIsNotShown()
    {
        await using var emulator = await StartAsync(o => o.SeparateEndpointWindows = true);
        using var api = TestEmulator.Client(emulator);

        var shared = (await new OrgDoctor(api).RunAsync()).Find("rate-limit.token-window")!;

        Assert.Equal(ProbeStatus.Warn, shared.Status);
        Assert.EndsWith("endpoints seem to count apart.", shared.Observed, StringComparison.Ordinal);
        Assert.Contains("relies on its own limit", shared.Meaning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoRateLimitHeaders_FailsTheResetAndSkipsTheSharedWindow()
    {
        await using var emulator = await StartAsync(o => o.RateLimitPerMinute = 0);
        using var api = TestEmulator.Client(emulator);

        var report = await new OrgDoctor(api).RunAsync();

        Assert.Equal(ProbeStatus.Fail, report.Find("rate-limit.reset")?.Status);
        Assert.Equal(ProbeStatus.Skip, report.Find("rate-limit.token-window")?.Status);
    }

    /// <summary>Every answer carries the rate-limit headers with <paramref name="reset"/>; the token works, the rest is 404.</summary>
    private static Task WithHeaders(HttpContext context, int index, string reset)
    {
        context.Response.Headers["inin-ratelimit-allowed"] = "300";
        context.Response.Headers["inin-ratelimit-count"] = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["inin-ratelimit-reset"] = reset;
        return context.Request.Path.Value == "/api/v2/tokens/me"
            ? Json(context, new { organization = new { name = "Acme" } })
            : NotFound(context);
    }

    private static Task<GenesysEmulator> StartAsync(Action<EmulatorOptions>? configure = null) => DoctorEmulator.StartAsync(configure);
}
