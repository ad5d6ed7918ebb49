using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Resolution;

/// <summary>The strategy is the cheaper one by call count: search = ceil(n/100), listing = ceil(orgUsers/500).</summary>
public sealed class ResolutionStrategyTests
{
    private const string ListUsers = "/api/v2/users";
    private const string SearchUsers = "/api/v2/users/search";

    [Fact]
    public async Task PlanAsync_FewIdentifiers_SearchesWithAHundredValuesPerCall()
    {
        await using var org = await TestOrg.StartAsync(users: 600);
        var emails = org.State.Users.Take(80).Select(u => u.Email).ToList();

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), emails));

        Assert.Equal(ResolutionStrategy.Search, plan.Resolution);
        Assert.Equal(1, org.Calls("POST", SearchUsers));
        Assert.Equal(0, org.Calls("GET", ListUsers));
        Assert.Equal(80, plan.ChangeCount);
    }

    [Fact]
    public async Task PlanAsync_ManyIdentifiers_ListsTheDirectoryOnceAndReusesIt()
    {
        await using var org = await TestOrg.StartAsync(users: 1200);
        var users = org.State.Users;
        var group = org.EmptyGroup();

        var first = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Where((_, i) => i % 2 == 0).Select(u => u.Email)]));
        var second = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Where((_, i) => i % 2 == 1).Select(u => u.Username)]));

        Assert.Equal((ResolutionStrategy.Directory, ResolutionStrategy.CachedDirectory), (first.Resolution, second.Resolution));
        Assert.Equal(3, org.Calls("GET", ListUsers));
        Assert.Equal(0, org.Calls("POST", SearchUsers));
        Assert.Equal((600, 600), (first.ChangeCount, second.ChangeCount));
    }

    [Fact]
    public async Task PlanAsync_UnknownOrgSize_ProbesOnePageThenSearchesWhenThatIsCheaper()
    {
        await using var org = await TestOrg.StartAsync(users: 2600);
        var emails = org.State.Users.Skip(2000).Take(250).Select(u => u.Email).ToList();

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), emails));

        // Page 1 (500 users) resolved none of them; 3 searches beat 5 more pages.
        Assert.Equal(ResolutionStrategy.Search, plan.Resolution);
        Assert.Equal(1, org.Calls("GET", ListUsers));
        Assert.Equal(3, org.Calls("POST", SearchUsers));
        Assert.Equal(250, plan.ChangeCount);
    }

    [Fact]
    public async Task PlanAsync_KnownOrgSize_PicksByArithmeticWithoutProbing()
    {
        await using var org = await TestOrg.StartAsync(users: 1200);
        var users = org.State.Users;
        var group = org.EmptyGroup();
        await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Take(700).Select(u => u.Email)]));
        org.Connection.InvalidateDirectory();
        org.Requests.Clear();

        // 150 values = 2 searches < 3 pages.
        var searched = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Skip(1000).Take(150).Select(u => u.Email)]));
        var searchCalls = org.Calls("POST", SearchUsers);
        // 300 values = 3 searches, a tie with 3 pages: the listing wins and fills the cache.
        var listed = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. users.Skip(900).Take(300).Select(u => u.Email)]));

        Assert.Equal((ResolutionStrategy.Search, ResolutionStrategy.Directory), (searched.Resolution, listed.Resolution));
        Assert.Equal(2, searchCalls);
        Assert.Equal(3, org.Calls("GET", ListUsers));
    }

    [Fact]
    public async Task PlanAsync_MixedIdsEmailsAndUsernames_ResolvesEachKind()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var users = org.State.Users;
        string[] identifiers = [users[0].Id, users[1].Email.ToUpperInvariant(), users[2].Username, "nobody@example.com"];

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), identifiers));

        Assert.Equal([users[0].Id, users[1].Id, users[2].Id, null], plan.Items.Select(i => i.UserId));
        Assert.Equal(BulkItemAction.NotFound, plan.Items[3].Action);
    }
}
