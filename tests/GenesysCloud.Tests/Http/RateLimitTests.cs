using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Http;

public sealed class RateLimitTests
{
    [Fact]
    public async Task ConcurrentCalls_ClientLimitBelowServerLimit_NeverHit429()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.RateLimitPerMinute = 10;
            o.RateLimitWindow = TimeSpan.FromSeconds(1);
        });
        using var api = TestEmulator.Client(emulator, o =>
        {
            o.RequestsPerMinute = 8;
            o.RateLimitWindow = TimeSpan.FromSeconds(1);
        });
        var userIds = emulator.State.Users.Take(20).Select(u => u.Id).ToList();

        var responses = await Task.WhenAll(userIds.Select(id => api.Users.GetAsync(id)));

        Assert.All(responses, r => Assert.True(r.Success, r.Error));
        Assert.Equal(0, emulator.Requests.Count429);
        Assert.Equal(20, emulator.Requests.Count("GET", "/api/v2/users/{userId}"));
    }

    [Fact]
    public async Task SequentialCalls_ServerHeadersSayWindowUsedUp_ClientWaitsForResetInsteadOf429()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.RateLimitPerMinute = 6;
            o.RateLimitWindow = TimeSpan.FromSeconds(1);
        });
        using var api = TestEmulator.Client(emulator, o => o.RequestsPerMinute = 1000);
        var userIds = emulator.State.Users.Take(14).Select(u => u.Id).ToList();

        foreach (var id in userIds)
            Assert.True((await api.Users.GetAsync(id)).Success);

        Assert.Equal(0, emulator.Requests.Count429);
    }

    [Fact]
    public async Task ConcurrentCallsToSeveralEndpoints_ServerReportsATokenAllowanceBelowTheClientLimit_ClientFollowsItWithout429()
    {
        // The token is allowed 6 per window across all endpoints; the client is configured for far more. Each endpoint's
        // own headers only show what that endpoint saw, so only the token's reported allowance keeps the total down.
        // Windows of 3 s: the server's reset is in whole seconds, so the client tells windows apart only when they are longer.
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.RateLimitPerMinute = 6;
            o.RateLimitWindow = TimeSpan.FromSeconds(3);
        });
        using var api = TestEmulator.Client(emulator, o => o.RequestsPerMinute = 1000);
        Assert.True((await api.Users.GetAsync(emulator.State.Users[0].Id)).Success); // the first answer reports the allowance
        var groupId = emulator.State.Groups[0].Id;
        var queueId = emulator.State.Queues[0].Id;

        var calls = Enumerable.Range(1, 4).SelectMany(i => new Func<Task<bool>>[]
        {
            async () => (await api.Users.GetAsync(emulator.State.Users[i].Id)).Success,
            async () => (await api.Groups.GetAsync(groupId)).Success,
            async () => (await api.Queues.GetAsync(queueId)).Success,
        });
        var results = await Task.WhenAll(calls.Select(call => call()));

        Assert.All(results, Assert.True);
        Assert.Equal(0, emulator.Requests.Count429);
    }

    [Fact]
    public async Task RateLimiterOff_429Burst_429sAreRetriedToSuccess()
    {
        // The client follows the server's rate-limit headers even with its own limit off, so the 429s are injected.
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.Faults.Burst429Remaining = 3;
            o.Faults.Retry429AfterSeconds = 0;
        });
        using var api = TestEmulator.Client(emulator, o => o.RequestsPerMinute = null);
        var userIds = emulator.State.Users.Take(8).Select(u => u.Id).ToList();

        var responses = await Task.WhenAll(userIds.Select(id => api.Users.GetAsync(id)));

        Assert.All(responses, r => Assert.True(r.Success, r.Error));
        Assert.True(emulator.Requests.Count429 > 0);
    }

}
