using System.Text.Json;
using GenesysCloud.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace GenesysCloud.Tests.Paging;

public sealed class NextUriHostTests
{
    [Fact]
    public async Task PaginateAsync_AbsoluteNextUriOnAnotherHost_IsRefusedAndNeverReceivesTheToken()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) => context.Response.WriteAsJsonAsync(new
        {
            entities = new[] { new { id = "u1" } },
            nextUri = "https://attacker.example/api/v2/users?pageNumber=2",
        }));
        using var api = server.Client();

        var seen = new List<JsonElement>();
        var ex = await Assert.ThrowsAsync<GenesysApiException>(async () =>
        {
            await foreach (var user in api.PaginateAsync("/api/v2/routing/queues/q1/members"))
                seen.Add(user);
        });

        Assert.Single(seen);
        Assert.Contains("https://attacker.example is not the API host", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task PaginateAsync_AbsoluteNextUriOnTheApiHost_IsFollowed()
    {
        await using var server = await FakeApiServer.StartAsync((context, index) => context.Response.WriteAsJsonAsync(index == 0
            ? new { entities = new[] { new { id = "u1" } }, nextUri = (string?)$"{context.Request.Scheme}://{context.Request.Host}/api/v2/next" }
            : new { entities = new[] { new { id = "u2" } }, nextUri = (string?)null }));
        using var api = server.Client();

        var ids = new List<string>();
        await foreach (var user in api.PaginateAsync("/api/v2/routing/queues/q1/members"))
            ids.Add(user.GetProperty("id").GetString()!);

        Assert.Equal(["u1", "u2"], ids);
    }
}
