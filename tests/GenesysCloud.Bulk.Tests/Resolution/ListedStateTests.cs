using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Resolution;

/// <summary>A skill or language plan that lists the directory takes the state from those pages instead of reading it again.</summary>
public sealed class ListedStateTests
{
    private const string ListUsers = "/api/v2/users";

    [Theory]
    [InlineData(BulkOperation.AssignSkill)]
    [InlineData(BulkOperation.AssignLanguage)]
    public async Task PlanAsync_DirectoryListed_CostsTheDirectoryPagesAndTheTargetReadOnly(BulkOperation operation)
    {
        await using var org = await TestOrg.StartAsync(users: 1200);
        var language = operation == BulkOperation.AssignLanguage;
        var targetId = language ? org.State.Languages[0].Id : org.State.Skills[0].Id;
        var users = org.State.Users.Where(u => u.State == "active").Take(1000).ToList();
        var holder = users[10];
        if (language) org.State.SetUserLanguage(holder.Id, targetId, 3);
        else org.State.SetUserSkill(holder.Id, targetId, 3);

        var plan = await org.Engine.PlanAsync(new BulkRequest(operation, targetId, [.. users.Select(u => u.Email)]) { Proficiency = 3 });

        Assert.Equal(ResolutionStrategy.Directory, plan.Resolution);
        Assert.Equal(3, org.Calls("GET", ListUsers)); // 1,200 users = 3 pages of 500, each with the expand: no id reads after them
        Assert.Equal(4, plan.PlanningCalls); // + the skill or language read
        Assert.Equal(0, org.Calls("GET", language ? "/api/v2/users/{userId}/routinglanguages" : "/api/v2/users/{userId}/routingskills"));
        Assert.Equal(BulkItemAction.AlreadyDone, plan.Items[10].Action);
        var expected = users.Count(u => !(language ? org.State.GetUserLanguages(u.Id) : org.State.GetUserSkills(u.Id)).TryGetValue(targetId, out var p) || p != 3);
        Assert.Equal(expected, plan.ChangeCount);
    }

    [Fact]
    public async Task PlanAsync_CachedDirectory_ReadsTheStateAgainInsteadOfTrustingTheCache()
    {
        await using var org = await TestOrg.StartAsync(users: 1200);
        var skill = org.State.Skills[0].Id;
        var users = org.State.Users.Where(u => u.State == "active").Take(1000).ToList();
        await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AssignSkill, skill, [.. users.Select(u => u.Email)]) { Proficiency = 2 });
        org.State.SetUserSkill(users[0].Id, skill, 2); // changed after the listing the cache holds
        org.Requests.Clear();

        var second = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AssignSkill, skill, [.. users.Select(u => u.Email)]) { Proficiency = 2 });

        Assert.Equal(ResolutionStrategy.CachedDirectory, second.Resolution);
        Assert.Equal(BulkItemAction.AlreadyDone, second.Items[0].Action);
        Assert.Equal(10, org.Calls("GET", ListUsers)); // GET /users?id=… 100 per call: the cache keeps names, never state
    }
}
