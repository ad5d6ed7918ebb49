using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Routing;

public sealed class UserLanguagesApiTests
{
    [Fact]
    public async Task PatchGetRemoveUserLanguage_RoundTripsThroughTheOrg()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var userId = emulator.State.Users[0].Id;
        var language = emulator.State.Languages.First(l => !emulator.State.GetUserLanguages(userId).ContainsKey(l.Id));

        var patched = await api.Routing.PatchUserLanguagesBatchAsync(userId, [(language.Id, 4)]);
        var listed = await api.Routing.GetUserLanguagesAsync(userId);
        var removed = await api.Routing.RemoveUserLanguageAsync(userId, language.Id);

        Assert.True(patched.Success, patched.Error);
        Assert.Equal(4, Assert.Single(listed, l => l.Id == language.Id).Proficiency);
        Assert.Equal(language.Name, Assert.Single(listed, l => l.Id == language.Id).Name);
        Assert.True(removed.Success, removed.Error);
        Assert.Equal(204, removed.StatusCode);
        Assert.False(emulator.State.GetUserLanguages(userId).ContainsKey(language.Id));
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(-1)]
    [InlineData(6)]
    public async Task PatchUserLanguagesBatchAsync_NotAWholeNumberFromZeroToFive_ThrowsBeforeCalling(double proficiency)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            api.Routing.PatchUserLanguagesBatchAsync(emulator.State.Users[0].Id, [(emulator.State.Languages[0].Id, proficiency)]));

        Assert.Contains("must be a whole number from 0 to 5", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, api.CallCount);
    }

    [Fact]
    public async Task PatchUserLanguagesBatchAsync_51Languages_ThrowsBeforeCalling()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var languages = Enumerable.Range(0, 51).Select(i => (emulator.State.Languages[i % emulator.State.Languages.Count].Id, 1.0)).ToArray();

        await Assert.ThrowsAsync<ArgumentException>(() => api.Routing.PatchUserLanguagesBatchAsync(emulator.State.Users[0].Id, languages));
        Assert.Equal(0, api.CallCount);
    }

    [Fact]
    public async Task GetUserLanguagesAsync_ReadsPagesOf50()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Languages = 60);
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var userId = emulator.State.Users[0].Id;
        foreach (var language in emulator.State.Languages) emulator.State.SetUserLanguage(userId, language.Id, 2);

        var listed = await api.Routing.GetUserLanguagesAsync(userId);

        Assert.Equal(60, listed.Count);
        var reads = recorder.Requests.Where(r => r.Method == "GET" && r.Uri.AbsolutePath.EndsWith("/routinglanguages", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Contains("pageSize=50", r.Uri.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListExpandedAsync_SkillsAndLanguages_CarriesBothForEveryUser()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var agent = emulator.State.GetQueueMemberIds(emulator.State.Queues[0].Id).First();

        var users = new List<User>();
        await foreach (var user in api.Users.ListExpandedAsync(UsersApi.RoutingExpands)) users.Add(user);

        var listed = Assert.Single(users, u => u.Id == agent);
        Assert.Equal(emulator.State.GetUserSkills(agent).Keys.Order(), listed.Skills!.Select(s => s.Id).Order());
        Assert.Equal(emulator.State.GetUserLanguages(agent).Keys.Order(), listed.Languages!.Select(l => l.Id).Order());
        Assert.Equal(emulator.State.Users.Count(u => u.State == "active"), users.Count);
    }
}
