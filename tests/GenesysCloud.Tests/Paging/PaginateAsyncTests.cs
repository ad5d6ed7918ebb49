using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Paging;

public sealed class PaginateAsyncTests
{
    [Fact]
    public async Task PaginateAsync_ManyPages_YieldsEveryActiveUserOnce()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Users.Where(u => u.State == "active").Select(u => u.Id).ToHashSet();

        var ids = new List<string>();
        await foreach (var user in api.PaginateAsync("/api/v2/users", pageSize: 25))
            ids.Add(user.GetProperty("id").GetString()!);

        Assert.Equal(expected.Count, ids.Count);
        Assert.True(expected.SetEquals(ids));
        Assert.Equal((expected.Count + 24) / 25, emulator.Requests.CountPath("GET", "/api/v2/users"));
    }

    [Fact]
    public async Task PaginateAsync_MaxPages_StopsAfterThatManyRequests()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var count = 0;
        await foreach (var _ in api.PaginateAsync("/api/v2/users", pageSize: 10, maxPages: 3))
            count++;

        Assert.Equal(30, count);
        Assert.Equal(3, emulator.Requests.CountPath("GET", "/api/v2/users"));
    }

    [Fact]
    public async Task PaginateAsync_PageSizeAboveMaximum_ClampsTo500ForListsAnd100ForMembers()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);

        var users = 0;
        await foreach (var _ in api.PaginateAsync("/api/v2/users", pageSize: 5000))
            users++;
        var groups = 0;
        await foreach (var _ in api.PaginateAsync("/api/v2/groups", pageSize: 5000))
            groups++;
        var members = 0;
        await foreach (var _ in api.PaginateAsync($"/api/v2/groups/{emulator.State.Groups[0].Id}/members", pageSize: 500))
            members++;

        Assert.Equal(emulator.State.Users.Count(u => u.State == "active"), users);
        Assert.Equal(emulator.State.Groups.Count, groups);
        Assert.Contains(recorder.Requests, r => r.Uri.AbsolutePath == "/api/v2/users" && r.Uri.Query.Contains("pageSize=500", StringComparison.Ordinal));
        Assert.Contains(recorder.Requests, r => r.Uri.AbsolutePath == "/api/v2/groups" && r.Uri.Query.Contains("pageSize=500", StringComparison.Ordinal));
        Assert.Contains(recorder.Requests, r => r.Uri.AbsolutePath.EndsWith("/members", StringComparison.Ordinal) && r.Uri.Query.Contains("pageSize=100", StringComparison.Ordinal));
        Assert.Equal(0, emulator.Requests.Entries.Count(e => e.StatusCode == 400));
    }

    [Fact]
    public async Task PaginateAsync_NextUriEnvelopeWithoutTotals_FollowsNextUriToTheEnd()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var queueId = emulator.State.Queues[0].Id;
        emulator.State.AddQueueMembers(queueId, emulator.State.Users.Take(130).Select(u => u.Id));
        var expected = emulator.State.GetQueueMembers(queueId).Select(m => m.UserId).ToHashSet(); // individuals and via member groups

        var ids = new List<string>();
        await foreach (var member in api.PaginateAsync($"/api/v2/routing/queues/{queueId}/members", pageSize: 20))
            ids.Add(member.GetProperty("id").GetString()!);

        Assert.Equal(expected.Count, ids.Count);
        Assert.True(expected.SetEquals(ids));
        Assert.True(emulator.Requests.Count("GET", "/api/v2/routing/queues/{queueId}/members") >= (expected.Count + 19) / 20);
    }

    [Fact]
    public async Task PaginateAsync_CancelledAfterFirstItem_StopsWithoutFetchingMorePages()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in api.PaginateAsync("/api/v2/users", pageSize: 10, ct: cts.Token))
                await cts.CancelAsync();
        });

        Assert.Equal(1, emulator.Requests.CountPath("GET", "/api/v2/users"));
    }

    [Fact]
    public async Task PaginateAsync_FailingPage_ThrowsGenesysApiExceptionWithErrorData()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var ex = await Assert.ThrowsAsync<GenesysApiException>(async () =>
        {
            await foreach (var _ in api.PaginateAsync("/api/v2/groups/00000000-0000-0000-0000-000000000000/members"))
            {
            }
        });

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("not.found", ex.ErrorCode);
        Assert.False(string.IsNullOrEmpty(ex.ContextId));
    }

    [Fact]
    public async Task PaginateAsync_IsLazy_NoRequestBeforeEnumeration()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var stream = api.PaginateAsync("/api/v2/users");
        Assert.Equal(0, api.CallCount);
        await using var enumerator = stream.GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());

        Assert.Equal(1, api.CallCount);
    }
}
