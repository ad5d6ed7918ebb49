using GenesysCloud.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace GenesysCloud.Tests.Groups;

/// <summary>The 400 form of a stale version, which the emulator never sends (it answers 409).</summary>
public sealed class GroupVersionMismatchTests
{
    [Fact]
    public async Task AddMembersAsync_400VersionMismatch_RereadsVersionAndRetries()
    {
        var sentVersions = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var version = 7;
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", name = "Group", version });
                return;
            }
            using var body = await System.Text.Json.JsonDocument.ParseAsync(context.Request.Body);
            var sent = body.RootElement.GetProperty("version").GetInt32();
            sentVersions.Enqueue(sent);
            if (sentVersions.Count == 1)
            {
                version = 9;
                context.Response.StatusCode = 400;
                await context.Response.WriteAsJsonAsync(new { message = "The version 7 does not match the current version 9", code = "bad.request", status = 400 });
                return;
            }
            context.Response.StatusCode = 202;
            await context.Response.WriteAsJsonAsync(new { });
        });
        using var api = server.Client();

        var response = await api.Groups.AddMembersAsync("g1", Enumerable.Range(0, 70).Select(i => $"user-{i}"));

        Assert.True(response.Success, response.Error);
        Assert.Equal([7, 9, 10], sentVersions);
        Assert.Equal(2, server.Calls.Count(c => c.Method == "GET"));
    }

    [Fact]
    public async Task AddMembersAsync_PersistentConflict_GivesUpAndReportsProgress()
    {
        await using var server = await FakeApiServer.StartAsync(async (context, _) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await context.Response.WriteAsJsonAsync(new { id = "g1", version = 1 });
                return;
            }
            context.Response.StatusCode = 409;
            await context.Response.WriteAsJsonAsync(new { message = "version conflict", code = "conflict", status = 409 });
        });
        using var api = server.Client();

        var response = await api.Groups.AddMembersAsync("g1", ["a", "b"]);

        Assert.False(response.Success);
        Assert.Equal(409, response.StatusCode);
        Assert.Equal("conflict", response.ErrorCode);
        Assert.Equal(GroupsApi.MaxVersionRetries + 1, server.Calls.Count(c => c.Method == "POST"));
    }
}
