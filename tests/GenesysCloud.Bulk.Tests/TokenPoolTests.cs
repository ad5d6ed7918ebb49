using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class TokenPoolTests
{
    [Fact]
    public async Task ApplyAsync_WithTwoTokens_SpreadsCallsOverBothClients()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var engine = org.NewEngine(tokens: 2);
        var users = org.State.Users;
        var group = org.EmptyGroup();

        var result = await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Take(300).Select(u => u.Email)])));

        Assert.True(result.Succeeded);
        Assert.Equal(users.Select(u => u.Id).ToHashSet(), org.State.GetGroupMemberIds(group));
        Assert.Equal(2, engine.Connection.Apis.Count);
        Assert.All(engine.Connection.Apis, api => Assert.True(api.CallCount >= 3, $"{api.CallCount} calls"));
        Assert.Equal(engine.Connection.Calls, engine.Connection.Apis.Sum(a => a.CallCount));
    }
}
