using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Routing;

public sealed class RoutingApiTests
{
    [Fact]
    public async Task ReferenceLists_ReturnEverySkillLanguageAndWrapupCode()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var skills = await api.Routing.GetSkillsAsync();
        var languages = await api.Routing.GetLanguagesAsync();
        var codes = await api.Routing.GetWrapupCodesAsync();

        Assert.Equal(emulator.State.Skills.Select(s => s.Id).Order(), skills.Select(s => s.Id).Order());
        Assert.Equal(emulator.State.Languages.Count, languages.Count);
        Assert.Equal(emulator.State.WrapupCodes.Count, codes.Count);
        Assert.All(skills, s => Assert.False(string.IsNullOrEmpty(s.Name)));
    }

    [Fact]
    public async Task AddGetRemoveUserSkill_RoundTripsThroughTheOrg()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var userId = emulator.State.Users[0].Id;
        var skill = emulator.State.Skills.First(s => !emulator.State.GetUserSkills(userId).ContainsKey(s.Id));

        var added = await api.Routing.AddUserSkillAsync(userId, skill.Id, 3.5);
        var listed = await api.Routing.GetUserSkillsAsync(userId);
        var removed = await api.Routing.RemoveUserSkillAsync(userId, skill.Id);

        Assert.True(added.Success, added.Error);
        Assert.Equal(3.5, Assert.Single(listed, s => s.Id == skill.Id).Proficiency);
        Assert.True(removed.Success, removed.Error);
        Assert.False(emulator.State.GetUserSkills(userId).ContainsKey(skill.Id));
    }

    [Fact]
    public async Task AddUserSkillAsync_ProficiencyAboveFive_ThrowsBeforeCalling()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            api.Routing.AddUserSkillAsync(emulator.State.Users[0].Id, emulator.State.Skills[0].Id, 7));
        Assert.Equal(0, api.CallCount);
    }

    [Fact]
    public async Task BulkPatchUserSkillsAsync_60Skills_TwoCallsOfAtMost50()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Skills = 60);
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var userId = emulator.State.Users[0].Id;

        var response = await api.Routing.BulkPatchUserSkillsAsync(userId, emulator.State.Skills.Select(s => (s.Id, 2.0)));

        Assert.True(response.Success, response.Error);
        var patches = recorder.Requests.Where(r => r.Method == "PATCH").ToList();
        Assert.Equal(2, patches.Count);
        Assert.All(patches, p => Assert.InRange(System.Text.Json.JsonDocument.Parse(p.Body!).RootElement.GetArrayLength(), 1, 50));
        Assert.Equal(60, emulator.State.GetUserSkills(userId).Count(s => s.Value == 2.0));
    }
}
