using System.Collections.Concurrent;
using System.Text.Json;
using GenesysCloud.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace GenesysCloud.Tests.Groups;

/// <summary>
/// Version conflicts as the real API can give them and the emulator does not on demand: the 400 form naming the current
/// version, version reads that lag behind writes, a conflict that never clears. Served by a local fake over HTTP.
/// </summary>
public sealed class GroupVersionMismatchTests
{
    [Fact]
    public async Task AddMembersAsync_400VersionMismatch_SendsTheVersionTheErrorNames()
    {
        var sentVersions = new ConcurrentQueue<int>();
        var version = 7;
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", name = "Group", version });
                return;
            }
            var sent = await SentVersionAsync(context);
            sentVersions.Enqueue(sent);
            if (sentVersions.Count == 1)
            {
                version = 9;
                await Conflict(context, 400, "bad.request", "The version 7 does not match the current version 9");
                return;
            }
            version = sent + 1;
            context.Response.StatusCode = 202;
            await context.Response.WriteAsJsonAsync(new { });
        });
        using var api = server.Client(Fast);

        var response = await api.Groups.AddMembersAsync("g1", Enumerable.Range(0, 70).Select(i => $"user-{i}"));

        Assert.True(response.Success, response.Error);
        Assert.Equal([7, 9, 10], sentVersions);
        Assert.Equal(1, server.Calls.Count(c => c.Method == "GET"));
    }

    [Fact]
    public async Task AddMembersBatchAsync_VersionReadsLagBehindWrites_RereadsWithBackoffUntilTheReadCatchesUp()
    {
        // The group is at version 5, but the first three reads still return 3 (reads lag behind writes).
        var gets = 0;
        var sentVersions = new ConcurrentQueue<int>();
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", version = Interlocked.Increment(ref gets) <= 3 ? 3 : 5 });
                return;
            }
            var sent = await SentVersionAsync(context);
            sentVersions.Enqueue(sent);
            if (sent != 5)
            {
                await Conflict(context, 409, "conflict", "Resource conflict - Unexpected version was provided");
                return;
            }
            context.Response.StatusCode = 202;
            await context.Response.WriteAsJsonAsync(new { });
        });
        using var api = server.Client(Fast);

        var result = await api.Groups.AddMembersBatchAsync("g1", ["a", "b"], version: 3);

        Assert.True(result.Response.Success, result.Response.Error);
        Assert.Equal(5, result.SentVersion);
        Assert.Equal(2, result.VersionConflicts);
        Assert.Equal([3, 4, 5], sentVersions); // 4 tried at once after the conflict; the stale 3 read back was not sent again
        Assert.Equal(4, gets);
    }

    [Fact]
    public async Task AddMembersBatchAsync_ReadOlderThanTheLastAcceptedVersion_IsStaleAndNotSent()
    {
        // Version 6 was counted forward from an accepted add at 5; two edits by someone else made it 8 (so 7, tried at
        // once, is refused too). The first two re-reads lag so far behind that they return 4, older than the accepted 5:
        // sending 4 could only be refused.
        var gets = 0;
        var sentVersions = new ConcurrentQueue<int>();
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", version = Interlocked.Increment(ref gets) <= 2 ? 4 : 8 });
                return;
            }
            var sent = await SentVersionAsync(context);
            sentVersions.Enqueue(sent);
            if (sent != 8)
            {
                await Conflict(context, 409, "conflict", "Resource conflict - Unexpected version was provided");
                return;
            }
            context.Response.StatusCode = 202;
            await context.Response.WriteAsJsonAsync(new { });
        });
        using var api = server.Client(Fast);

        var result = await api.Groups.AddMembersBatchAsync("g1", ["a", "b"], version: 6);

        Assert.True(result.Response.Success, result.Response.Error);
        Assert.Equal([6, 7, 8], sentVersions);
        Assert.Equal(2, result.VersionConflicts);
        Assert.Equal(3, gets);
    }

    [Fact]
    public async Task AddMembersBatchAsync_ConflictAfterReadsLaggedBefore_WaitsThatLongAndRereadsOnce()
    {
        // Each batch meets someone else's edit; for 400 ms after it, reads still return the version from before. The
        // client's waits and the lag run on one clock whose short waits pass at once, so load cannot move them apart.
        var time = new SkipAheadTime(longest: TimeSpan.FromSeconds(30));
        var version = 1;
        var bumpedAt = time.GetTimestamp();
        var getsAfterConflict = new List<int>();
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                lock (getsAfterConflict) getsAfterConflict[^1]++;
                var lagging = time.GetElapsedTime(bumpedAt) < TimeSpan.FromMilliseconds(400);
                await context.Response.WriteAsJsonAsync(new { id = "g1", version = lagging ? version - 1 : version });
                return;
            }
            var sent = await SentVersionAsync(context);
            if (sent != version)
            {
                await Conflict(context, 409, "conflict", "Resource conflict - Unexpected version was provided");
                return;
            }
            version += 3; // this add, then two edits by someone else (so trying the next version is not enough)
            bumpedAt = time.GetTimestamp();
            context.Response.StatusCode = 202;
            await context.Response.WriteAsJsonAsync(new { });
        });
        using var api = server.Client(options =>
        {
            Fast(options);
            options.TimeProvider = time;
        });

        var sentVersion = 1;
        for (var batch = 0; batch < 3; batch++)
        {
            lock (getsAfterConflict) getsAfterConflict.Add(0);
            var result = await api.Groups.AddMembersBatchAsync("g1", [$"user-{batch}"], sentVersion + (batch == 0 ? 0 : 1));
            Assert.True(result.Response.Success, result.Response.Error);
            sentVersion = result.SentVersion!.Value;
        }

        Assert.True(getsAfterConflict[1] > 1, $"the first conflict spent {getsAfterConflict[1]} reads on the lag");
        Assert.True(getsAfterConflict[2] == 1, string.Join(",", getsAfterConflict));
    }

    [Fact]
    public async Task AddMembersBatchAsync_OneEditBySomeoneElse_TriesTheNextVersionAtOnceWithoutWaitingForReads()
    {
        var sentVersions = new ConcurrentQueue<int>();
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", version = 2 }); // reads still lag behind
                return;
            }
            var sent = await SentVersionAsync(context);
            sentVersions.Enqueue(sent);
            if (sent != 4)
            {
                await Conflict(context, 409, "conflict", "Resource conflict - Unexpected version was provided");
                return;
            }
            context.Response.StatusCode = 202;
            await context.Response.WriteAsJsonAsync(new { });
        });
        using var api = server.Client(Fast);

        var result = await api.Groups.AddMembersBatchAsync("g1", ["a"], version: 3);

        Assert.True(result.Response.Success, result.Response.Error);
        Assert.Equal([3, 4], sentVersions);
        Assert.Equal(0, server.Calls.Count(c => c.Method == "GET"));
    }

    [Fact]
    public async Task AddMembersBatchAsync_ConflictThatNeverClears_FailsWithTheGenesysErrorWhenTheBudgetIsSpent()
    {
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", version = 1 });
                return;
            }
            await Conflict(context, 409, "conflict", "Resource conflict - Unexpected version was provided");
        });
        using var api = server.Client(o =>
        {
            o.ConflictBaseDelay = TimeSpan.FromMilliseconds(5);
            o.ConflictRetryBudget = TimeSpan.FromMilliseconds(200);
        });

        var result = await api.Groups.AddMembersBatchAsync("g1", ["a", "b"], version: null);

        Assert.False(result.Response.Success);
        Assert.True(result.IsVersionConflict);
        Assert.Equal(409, result.Response.StatusCode);
        Assert.Equal("conflict", result.Response.ErrorCode);
        Assert.Equal("ctx-conflict", result.Response.ContextId);
        Assert.Equal(2, server.Calls.Count(c => c.Method == "POST")); // the version read, then the next one at once
        Assert.True(server.Calls.Count(c => c.Method == "GET") >= 2, "the version was read again before giving up");
    }

    [Fact]
    public async Task RemoveMembersBatchAsync_409ThenAccepted_IsRetried()
    {
        await using var server = await FakeApiServer.StartAsync(async (context, index) =>
        {
            if (index == 0)
            {
                await Conflict(context, 409, "conflict", "Resource conflict");
                return;
            }
            context.Response.StatusCode = 202;
            await context.Response.WriteAsJsonAsync(new { });
        });
        using var api = server.Client(Fast);

        var response = await api.Groups.RemoveMembersBatchAsync("g1", ["a", "b"]);

        Assert.True(response.Success, response.Error);
        Assert.Equal(2, server.Calls.Count(c => c.Method == "DELETE"));
    }

    [Fact]
    public async Task AddMembersBatchAsync_Persistent503_StopsAtTheSdkAttemptBudget()
    {
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", version = 1 });
                return;
            }
            await Conflict(context, 503, "service.unavailable", "Service unavailable");
        });
        using var api = server.Client(o => o.MaxAttempts = 5);

        var result = await api.Groups.AddMembersBatchAsync("g1", ["a"], version: 1);

        Assert.Equal(503, result.Response.StatusCode);
        Assert.False(result.IsVersionConflict);
        Assert.Equal(5, server.Calls.Count(c => c.Method == "POST"));
    }

    private static void Fast(GenesysApiOptions options) => options.ConflictBaseDelay = TimeSpan.FromMilliseconds(5);

    private static async Task<int> SentVersionAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        return body.RootElement.GetProperty("version").GetInt32();
    }

    private static Task Conflict(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { message, code, status, contextId = $"ctx-{code.Split('.')[0]}" });
    }
}
