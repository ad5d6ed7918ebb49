using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Hardness;

/// <summary>The SDK's typed calls against the emulator with its hard behaviours on (FACTS §3, §4, §6, §7, §8).</summary>
public sealed class HardApiTests
{
    [Fact]
    public async Task GetByIdsAsync_150Ids_ReadsThroughRepeatedIdParametersInCallsOfAHundred()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var ids = emulator.State.Users.Where(u => u.State == "active").Take(150).Select(u => u.Id).ToList();

        var users = await api.Users.GetByIdsAsync([.. ids, "00000000-0000-0000-0000-000000000000"]);

        Assert.True(ids.ToHashSet().SetEquals(users.Select(u => u.Id)));
        var reads = recorder.Requests.Where(r => r.Uri.AbsolutePath == "/api/v2/users").ToList();
        Assert.Equal([100, 51], reads.Select(r => r.Uri.Query.Split('&').Count(p => p.TrimStart('?').StartsWith("id=", StringComparison.Ordinal))));
        Assert.All(reads, r => Assert.Contains("pageSize=100", r.Uri.Query, StringComparison.Ordinal));
        Assert.DoesNotContain(recorder.Requests, r => r.Uri.AbsolutePath.EndsWith("/search", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetIndividualsAsync_GroupWithOwnersAndRuleMembers_ListsOnlyIndividualsWhileMembersListsEveryone()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var users = emulator.State.Users;
        var group = emulator.State.Groups[0].Id;
        emulator.State.RemoveGroupMembers(group, emulator.State.GetGroupMemberIds(group));
        emulator.State.AddGroupMembers(group, [users[0].Id, users[1].Id]);
        emulator.State.SetGroupOwners(group, [users[2].Id]);
        emulator.State.SetGroupRuleMembers(group, [users[3].Id]);

        var individuals = await api.Groups.GetIndividualsAsync(group);
        var members = await api.Groups.GetMembersAsync(group);
        var read = (await api.Groups.GetAsync(group)).EnsureSuccess()!;

        Assert.Equal(new HashSet<string> { users[0].Id, users[1].Id }, individuals.Select(u => u.Id).ToHashSet());
        Assert.Equal(new HashSet<string> { users[0].Id, users[1].Id, users[2].Id, users[3].Id }, members.Select(u => u.Id).ToHashSet());
        Assert.Equal(users[2].Id, Assert.Single(read.Owners!).Id);
    }

    [Fact]
    public async Task AddMembersAsync_VersionReadsLagAndOthersEditTheGroup_AddsEveryoneOfThreeHundred()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.Users = 400;
            o.Faults.GroupVersionReadLag = TimeSpan.FromMilliseconds(150);
            o.Faults.ExternalVersionBumpEvery = 2;
        });
        using var api = TestEmulator.Client(emulator, o => o.ConflictBaseDelay = TimeSpan.FromMilliseconds(50));
        var group = emulator.State.Groups[0].Id;
        var ids = emulator.State.Users.Take(300).Select(u => u.Id).ToList();

        var response = await api.Groups.AddMembersAsync(group, ids);

        Assert.True(response.Success, response.Error);
        Assert.Superset(ids.ToHashSet(), emulator.State.GetGroupMemberIds(group).ToHashSet());
        Assert.Contains(emulator.Requests.Entries, e => e.Method == "POST" && e.StatusCode == 409);
    }

    [Fact]
    public async Task GetUserSkillsAsync_SixtySkills_ReadsPagesOfFifty()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Skills = 60);
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var user = emulator.State.Users[0].Id;
        foreach (var skill in emulator.State.Skills)
            emulator.State.SetUserSkill(user, skill.Id, 1);

        var skills = await api.Routing.GetUserSkillsAsync(user);

        Assert.Equal(60, skills.Count);
        var pages = recorder.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/routingskills", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, r => Assert.Contains("pageSize=50", r.Uri.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PatchUserSkillsBatchAsync_Injected409s_RetriesUntilApplied()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Faults.InjectedConflictRate = 0.5);
        using var api = TestEmulator.Client(emulator, o => o.ConflictBaseDelay = TimeSpan.FromMilliseconds(5));
        var skill = emulator.State.Skills[0].Id;

        foreach (var user in emulator.State.Users.Take(12))
        {
            var response = await api.Routing.PatchUserSkillsBatchAsync(user.Id, [(skill, 4)]);
            Assert.True(response.Success, response.Error);
            Assert.Equal(4, emulator.State.GetUserSkills(user.Id)[skill]);
        }

        Assert.Contains(emulator.Requests.Entries, e => e.Method == "PATCH" && e.StatusCode == 409);
    }

    [Fact]
    public async Task RemoveUserSkillAsync_Answered200_IsSuccess()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var user = emulator.State.Users[0].Id;
        var skill = emulator.State.Skills[0].Id;
        emulator.State.SetUserSkill(user, skill, 2);

        var response = await api.Routing.RemoveUserSkillAsync(user, skill);

        Assert.True(response.Success, response.Error);
        Assert.Equal(200, response.StatusCode);
        Assert.False(emulator.State.GetUserSkills(user).ContainsKey(skill));
    }

    [Fact]
    public async Task GetByIdsAsync_EndpointAllowanceBelowTheTokenLimit_IsWaitedOutWithoutA429()
    {
        // GET /users has an allowance of 4 per 1 s window, far below the token's 300: the headers say so, and the client waits.
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.RateLimitPerMinute = 300;
            o.RateLimitWindow = TimeSpan.FromSeconds(1);
            o.EndpointAllowances = new Dictionary<string, int> { ["GET /api/v2/users"] = 4 };
        });
        using var api = TestEmulator.Client(emulator);
        var ids = emulator.State.Users.Where(u => u.State == "active").Select(u => u.Id).ToList();

        await api.Users.GetByIdsAsync([ids[0]]); // the first answer tells the allowance
        var reads = await Task.WhenAll(Enumerable.Range(1, 9).Select(i => api.Users.GetByIdsAsync([ids[i]])));
        var group = await api.Groups.GetAsync(emulator.State.Groups[0].Id);

        Assert.All(reads, r => Assert.Single(r));
        Assert.True(group.Success);
        Assert.Equal(0, emulator.Requests.Count429);
        Assert.Equal(10, emulator.Requests.Count("GET", "/api/v2/users"));
    }
}
