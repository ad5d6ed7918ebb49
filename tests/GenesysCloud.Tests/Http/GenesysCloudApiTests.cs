using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Http;

public sealed class GenesysCloudApiTests
{
    [Fact]
    public async Task GetAsync_UnknownUser_MapsErrorBodyWithoutThrowing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var response = await api.GetAsync("/api/v2/users/00000000-0000-0000-0000-000000000000");

        Assert.False(response.Success);
        Assert.Equal(404, response.StatusCode);
        Assert.Equal("not.found", response.ErrorCode);
        Assert.False(string.IsNullOrEmpty(response.ContextId));
        Assert.False(string.IsNullOrEmpty(response.Error));
    }

    [Fact]
    public async Task GetAsync_429_RetryArrivesNoSoonerThanRetryAfter()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var userId = emulator.State.Users[0].Id;
        emulator.Faults.Retry429AfterSeconds = 1;
        emulator.Faults.Burst429Remaining = 1;

        var response = await api.Users.GetAsync(userId);

        Assert.True(response.Success, response.Error);
        var attempts = emulator.Requests.Entries.Where(e => e.Method == "GET" && e.Path.StartsWith("/api/v2/users/", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 200], attempts.Select(e => e.StatusCode));
        // A tick or two of timer-versus-clock difference is allowed; an immediate retry would be ~0 ms.
        Assert.True(attempts[1].Time - attempts[0].Time >= TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(20),
            $"retry came {(attempts[1].Time - attempts[0].Time).TotalMilliseconds} ms after the 429");
    }

    [Fact]
    public async Task PostAsync_429_IsRetriedEvenWhenNotRetrySafe()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        await api.Auth.AuthenticateAsync();
        emulator.Faults.Retry429AfterSeconds = 1;
        emulator.Faults.Burst429Remaining = 1;

        var response = await api.PostAsync("/api/v2/users/search",
            new { query = new[] { new { type = "EXACT", fields = new[] { "email" }, value = emulator.State.Users[0].Email } } });

        Assert.True(response.Success, response.Error);
        Assert.Equal(2, emulator.Requests.CountPath("POST", "/api/v2/users/search"));
    }

    [Fact]
    public async Task GetAsync_ConnectionDropped_RetriedThenSurfacedWithoutStatus()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator, o => o.MaxAttempts = 3);
        await api.Auth.AuthenticateAsync();
        emulator.Faults.DropRate = 1;

        var response = await api.GetAsync("/api/v2/routing/skills");

        Assert.False(response.Success);
        Assert.Null(response.StatusCode);
        Assert.Contains("/api/v2/routing/skills", response.Error, StringComparison.Ordinal);
        Assert.Equal(3, emulator.Requests.CountPath("GET", "/api/v2/routing/skills"));
    }

    [Fact]
    public async Task GetAsync_ServerErrorsEveryTime_SurfacedAfterBudget()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator, o => o.MaxAttempts = 4);
        await api.Auth.AuthenticateAsync();
        emulator.Faults.ErrorRate = 1;

        var response = await api.GetAsync("/api/v2/routing/skills");

        Assert.False(response.Success);
        Assert.InRange(response.StatusCode ?? 0, 500, 504);
        var attempts = emulator.Requests.Entries.Where(e => RequestLogExtensions.PathOf(e) == "/api/v2/routing/skills").ToList();
        Assert.InRange(attempts.Count, 1, 4);
        // Only 500 stops early: every attempt before the last must have been a retryable 502/503/504.
        Assert.All(attempts.SkipLast(1), e => Assert.Contains(e.StatusCode, new[] { 502, 503, 504 }));
    }

    [Fact]
    public async Task CallCount_MatchesRequestsSeenByEmulator()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var users = emulator.State.Users;

        await api.Users.GetAsync(users[0].Id);
        await api.Users.GetAsync(users[1].Id);
        await api.GetAsync("/api/v2/routing/skills");

        var apiRequests = emulator.Requests.Entries.Count(e => e.Path.StartsWith("/api/", StringComparison.Ordinal));
        Assert.Equal(apiRequests, api.CallCount);
        Assert.Equal(2, api.CallCountByEndpoint["GET /api/v2/users/{id}"]);
        Assert.Equal(1, api.CallCountByEndpoint["GET /api/v2/routing/skills"]);
    }

    [Fact]
    public async Task Http429Count_CountsEveryTooManyRequestsAnswer()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        emulator.Faults.Retry429AfterSeconds = 1;
        emulator.Faults.Burst429Remaining = 2;

        var response = await api.Users.GetAsync(emulator.State.Users[0].Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(emulator.Requests.Count429, api.Http429Count);
        Assert.Equal(2, api.Http429Count);
    }

    [Fact]
    public async Task PutAndPatchAndDelete_ReachEndpointsAndMapAnswers()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var user = emulator.State.Users[0];
        var skill = emulator.State.Skills[0];

        var patch = await api.PatchAsync($"/api/v2/users/{user.Id}/routingskills/bulk", new[] { new { id = skill.Id, proficiency = 2.0 } });
        var put = await api.PutAsync($"/api/v2/users/{user.Id}/routingskills/{skill.Id}", new { id = skill.Id, proficiency = 4.0, state = "active" });
        var delete = await api.DeleteAsync($"/api/v2/users/{user.Id}/routingskills/{skill.Id}");

        Assert.True(patch.Success, patch.Error);
        Assert.True(put.Success || put.StatusCode == 404, put.Error);
        Assert.True(delete.Success, delete.Error);
        Assert.False(emulator.State.GetUserSkills(user.Id).ContainsKey(skill.Id));
    }
}
