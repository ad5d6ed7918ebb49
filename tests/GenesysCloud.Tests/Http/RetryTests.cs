using GenesysCloud.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace GenesysCloud.Tests.Http;

/// <summary>Exact answer sequences the emulator only produces at random, served by a local fake.</summary>
public sealed class RetryTests
{
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task GetAsync_Two503sThenOk_RetriesAndSucceeds()
    {
        await using var server = await FakeApiServer.StartAsync((context, index) =>
            index < 2 ? Error(context, 503, "service.unavailable") : Ok(context));
        using var api = server.Client();

        var response = await api.GetAsync("/api/v2/users/me");

        Assert.True(response.Success);
        Assert.Equal(3, server.Calls.Count);
        Assert.Equal(3, api.CallCount);
    }

    [Fact]
    public async Task GetAsync_Always502_SurfacesErrorAfterMaxAttempts()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) => Error(context, 502, "bad.gateway"));
        using var api = server.Client(o => o.MaxAttempts = 3);

        var response = await api.GetAsync("/api/v2/users/me");

        Assert.False(response.Success);
        Assert.Equal(502, response.StatusCode);
        Assert.Equal("bad.gateway", response.ErrorCode);
        Assert.Equal("ctx-502", response.ContextId);
        Assert.Equal(3, server.Calls.Count);
    }

    [Fact]
    public async Task GetAsync_500_IsNotRetried()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) => Error(context, 500, "internal.server.error"));
        using var api = server.Client();

        var response = await api.GetAsync("/api/v2/users/me");

        Assert.Equal(500, response.StatusCode);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task PostAsync_503_IsNotRepeated()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) => Error(context, 503, "service.unavailable"));
        using var api = server.Client();

        var response = await api.PostAsync("/api/v2/conversations/c1/disconnect");

        Assert.Equal(503, response.StatusCode);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task SendAsync_RetrySafePost503_IsRetried()
    {
        await using var server = await FakeApiServer.StartAsync((context, index) =>
            index == 0 ? Error(context, 503, "service.unavailable") : Ok(context));
        using var api = server.Client();

        var response = await api.SendAsync(HttpMethod.Post, "/api/v2/users/search", new { query = Array.Empty<object>() }, retrySafe: true);

        Assert.True(response.Success);
        Assert.Equal(2, server.Calls.Count);
    }

    [Fact]
    public async Task GetAsync_429WithoutRetryAfter_WaitsDefaultDelayBeforeRetry()
    {
        await using var server = await FakeApiServer.StartAsync((context, index) =>
            index == 0 ? Error(context, 429, "too.many.requests") : Ok(context));
        using var api = server.Client(o => o.DefaultRetryAfter = TimeSpan.FromMilliseconds(300));

        var response = await api.GetAsync("/api/v2/users/me");

        Assert.True(response.Success);
        var calls = server.Calls;
        Assert.Equal(2, calls.Count);
        // Timers and the wall clock differ by up to a tick or two; what matters is that the retry was held back.
        var gap = calls[1].Time - calls[0].Time;
        Assert.True(gap >= TimeSpan.FromMilliseconds(300) - ClockTolerance, $"retry came {gap.TotalMilliseconds} ms after the 429");
    }

    [Fact]
    public async Task GetAsync_RetryAfterBeyondBudget_Surfaces429WithoutWaiting()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "60";
            return Error(context, 429, "too.many.requests");
        });
        using var api = server.Client(o => o.MaxRetryDuration = TimeSpan.FromSeconds(5));

        var response = await api.GetAsync("/api/v2/users/me");

        Assert.Equal(429, response.StatusCode);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task GetAsync_AttemptTimesOut_RetriesAndSucceeds()
    {
        await using var server = await FakeApiServer.StartAsync(async (context, index) =>
        {
            if (index == 0)
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            await Ok(context);
        });
        using var api = server.Client(o => o.Timeout = TimeSpan.FromSeconds(1));

        var response = await api.GetAsync("/api/v2/users/me");

        // Only the first attempt hangs; a loaded machine may time out a later one too, never all of them.
        Assert.True(response.Success, response.Error);
        Assert.InRange(server.Calls.Count, 2, 5);
    }

    [Fact]
    public async Task GetAsync_ErrorWithoutJson_UsesStatusAsError()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 404;
            return context.Response.WriteAsync("no such page");
        });
        using var api = server.Client();

        var response = await api.GetAsync("/api/v2/nothing");

        Assert.False(response.Success);
        Assert.Equal(404, response.StatusCode);
        Assert.Equal("no such page", response.Error);
        Assert.Null(response.ErrorCode);
    }

    private static Task Ok(HttpContext context) => context.Response.WriteAsJsonAsync(new { id = "me" });

    private static Task Error(HttpContext context, int status, string code)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { message = $"failed with {status}", code, status, contextId = $"ctx-{status}" });
    }
}
