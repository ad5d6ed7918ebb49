using System.Net;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class UserRoutingSkillsApiTests : EmulatorTest
{
    private string UserId => Org.Users[3].Id;

    private string Skills => $"/api/v2/users/{UserId}/routingskills";

    [Theory]
    [InlineData(0)]
    [InlineData(2.5)]
    [InlineData(5)]
    public async Task Add_ProficiencyInRange_AssignsTheSkill(double proficiency)
    {
        var skill = Org.Skills[0];

        using var response = await Api.PostAsync(Skills, new { id = skill.Id, proficiency });

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(skill.Name, body.GetProperty("name").GetString());
        Assert.Equal(proficiency, Org.GetUserSkills(UserId)[skill.Id]);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(5.1)]
    public async Task Add_ProficiencyOutOfRange_Returns400(double proficiency)
    {
        using var response = await Api.PostAsync(Skills, new { id = Org.Skills[0].Id, proficiency });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.False(Org.GetUserSkills(UserId).ContainsKey(Org.Skills[0].Id));
    }

    [Fact]
    public async Task Add_UnknownSkill_Returns404()
    {
        using var response = await Api.PostAsync(Skills, new { id = Guid.NewGuid().ToString(), proficiency = 3 });

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task Add_ExistingSkill_UpdatesProficiency()
    {
        var skill = Org.Skills[1].Id;
        (await Api.PostAsync(Skills, new { id = skill, proficiency = 1 })).Dispose();

        (await Api.PostAsync(Skills, new { id = skill, proficiency = 4 })).Dispose();

        Assert.Equal(4, Org.GetUserSkills(UserId)[skill]);
    }

    [Fact]
    public async Task PutThenDelete_UpdatesAndRemovesTheSkill()
    {
        var skill = Org.Skills[2].Id;

        using var put = await Api.Http.PutAsync($"{Skills}/{skill}", System.Net.Http.Json.JsonContent.Create(new { proficiency = 3 }));
        var afterPut = Org.GetUserSkills(UserId)[skill];
        using var delete = await Api.DeleteAsync($"{Skills}/{skill}");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(3, afterPut);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.False(Org.GetUserSkills(UserId).ContainsKey(skill));
    }

    [Fact]
    public async Task BulkPatch_25Skills_AssignsAllAndListsThem()
    {
        var skills = Org.Skills.Take(25).Select(s => new { id = s.Id, proficiency = 2 }).ToArray();

        using var response = await Api.Http.PatchAsync($"{Skills}/bulk", System.Net.Http.Json.JsonContent.Create(skills));

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Superset(skills.Select(s => s.id).ToHashSet(), body.GetProperty("entities").Ids().ToHashSet());
        Assert.All(skills, s => Assert.Equal(2, Org.GetUserSkills(UserId)[s.id]));
    }

    [Fact]
    public async Task BulkPatch_51Skills_Returns400()
    {
        var skills = Enumerable.Range(0, 51).Select(i => new { id = Org.Skills[i % Org.Skills.Count].Id, proficiency = 1 }).ToArray();

        using var response = await Api.Http.PatchAsync($"{Skills}/bulk", System.Net.Http.Json.JsonContent.Create(skills));

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task List_UnknownUser_Returns404()
    {
        using var response = await Api.GetAsync($"/api/v2/users/{Guid.NewGuid()}/routingskills");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task List_SeededAgent_ListsTheirSkills()
    {
        var agent = Org.GetQueueMemberIds(Org.Queues[0].Id).First();

        var page = await Api.GetJsonAsync($"/api/v2/users/{agent}/routingskills");

        Assert.NotEmpty(Org.GetUserSkills(agent));
        Assert.Equal(Org.GetUserSkills(agent).Keys.Order(), page.GetProperty("entities").Ids().Order());
    }
}
