using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class TokenPoolTests
{
    [Fact]
    public async Task ApplyAsync_WithTwoTokens_SpreadsCallsOverBothTokensOfOneClient()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var recorder = new RecordingHandler();
        var engine = org.NewEngine(tokens: 2, handler: recorder);
        var users = org.State.Users;
        var group = org.EmptyGroup();

        var result = await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Take(300).Select(u => u.Email)])));

        Assert.True(result.Succeeded);
        Assert.Equal(users.Select(u => u.Id).ToHashSet(), org.State.GetGroupMemberIds(group));
        Assert.Equal(2, engine.Connection.Api.TokenPoolSize);
        var callsByToken = recorder.Requests.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)).GroupBy(r => r.Token).ToList();
        Assert.Equal(2, callsByToken.Count);
        Assert.All(callsByToken, calls => Assert.True(calls.Count() >= 3, $"{calls.Count()} calls with one token"));
        Assert.Equal(engine.Connection.Calls, callsByToken.Sum(c => c.Count()));
    }
}
