using System.Net;
using System.Net.Http.Json;

namespace GenesysCloud.Emulator.Tests.Hardness;

/// <summary>FACTS §2, §6 and §8: what the real API refuses or answers differently from what a kind emulator would.</summary>
public sealed class RefusedRequestTests : EmulatorTest
{
    [Fact]
    public async Task UsersById_100Ids_AreRead_101Are400()
    {
        var ids = Org.Users.Take(101).Select(u => u.Id).ToArray();

        var hundred = await Api.GetJsonAsync($"/api/v2/users?pageSize=100&{string.Join('&', ids[..100].Select(id => $"id={id}"))}");
        using var tooMany = await Api.GetAsync($"/api/v2/users?pageSize=100&{string.Join('&', ids.Select(id => $"id={id}"))}");

        Assert.Equal(ids[..100].Order(), hundred.GetProperty("entities").Ids().Order());
        await tooMany.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task UsersSearch_OnFieldId_Returns400()
    {
        using var response = await Api.PostAsync("/api/v2/users/search", new
        {
            query = new[] { new { type = "EXACT", fields = new[] { "id" }, values = new[] { Org.Users[0].Id } } },
        });

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task SkillsBulkPatch_InjectedConflict_Returns409AndChangesNothing()
    {
        Emulator.Faults.InjectedConflictRate = 1;
        var user = Org.Users[3].Id;
        var before = Org.GetUserSkills(user);

        using var response = await Api.Http.PatchAsJsonAsync(
            $"/api/v2/users/{user}/routingskills/bulk", new[] { new { id = Org.Skills[0].Id, proficiency = 4 } });

        await response.AssertErrorAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Equal(before, Org.GetUserSkills(user));
    }

    [Fact]
    public async Task InjectedConflicts_AreDrawnFromTheSeed_SoTheSameSeedGivesTheSameAnswers()
    {
        var first = await ConflictPatternAsync(seed: 5);
        var second = await ConflictPatternAsync(seed: 5);

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.Conflict, first);
        Assert.Contains(HttpStatusCode.OK, first);
    }

    private static async Task<List<HttpStatusCode>> ConflictPatternAsync(int seed)
    {
        var options = SmallOrg.Options();
        options.Seed = seed;
        options.Faults.InjectedConflictRate = 0.5;
        await using var emulator = await GenesysEmulator.StartAsync(options);
        using var api = await ApiClient.ConnectAsync(emulator);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await api.Http.PatchAsJsonAsync(
                $"/api/v2/users/{emulator.State.Users[i].Id}/routingskills/bulk", new[] { new { id = emulator.State.Skills[0].Id, proficiency = 1 } });
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
