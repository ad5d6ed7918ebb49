using System.Net;
using System.Net.Http.Json;

namespace GenesysCloud.Emulator.Tests.Apis;

public sealed class UserRoutingLanguagesApiTests : EmulatorTest
{
    private string? _userId;

    /// <summary>Someone the seed gave no language (picked once), so every language below starts unassigned.</summary>
    private string UserId => _userId ??= Org.Users.First(u => Org.GetUserLanguages(u.Id).Count == 0).Id;

    private string Languages => $"/api/v2/users/{UserId}/routinglanguages";

    [Fact]
    public async Task BulkPatch_TwoLanguages_AssignsBothAndListsThem()
    {
        var languages = Org.Languages.Take(2).Select(l => new { id = l.Id, proficiency = 4 }).ToArray();

        using var response = await Api.Http.PatchAsync($"{Languages}/bulk", JsonContent.Create(languages));

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Superset(languages.Select(l => l.id).ToHashSet(), body.GetProperty("entities").Ids().ToHashSet());
        Assert.All(languages, l => Assert.Equal(4, Org.GetUserLanguages(UserId)[l.id]));
    }

    [Theory]
    [InlineData(2.4, 2)]
    [InlineData(2.5, 3)]
    public async Task BulkPatch_FractionalProficiency_IsStoredRoundedAsTheServiceDoes(double sent, double stored)
    {
        var language = Org.Languages[5].Id;

        using var response = await Api.Http.PatchAsync($"{Languages}/bulk", JsonContent.Create(new[] { new { id = language, proficiency = sent } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(stored, Org.GetUserLanguages(UserId)[language]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5.5)]
    public async Task BulkPatch_ProficiencyOutOfRange_Returns400AndChangesNothing(double proficiency)
    {
        var language = Org.Languages[6].Id;

        using var response = await Api.Http.PatchAsync($"{Languages}/bulk", JsonContent.Create(new[] { new { id = language, proficiency } }));

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
        Assert.False(Org.GetUserLanguages(UserId).ContainsKey(language));
    }

    [Fact]
    public async Task BulkPatch_51Languages_Returns400()
    {
        var languages = Enumerable.Range(0, 51).Select(i => new { id = Org.Languages[i % Org.Languages.Count].Id, proficiency = 1 }).ToArray();

        using var response = await Api.Http.PatchAsync($"{Languages}/bulk", JsonContent.Create(languages));

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task BulkPatch_UnknownLanguage_Returns404()
    {
        using var response = await Api.Http.PatchAsync($"{Languages}/bulk", JsonContent.Create(new[] { new { id = Guid.NewGuid().ToString(), proficiency = 1 } }));

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task Delete_HeldLanguage_Returns204AndRemovesIt()
    {
        var language = Org.Languages[7].Id;
        Org.SetUserLanguage(UserId, language, 3);

        using var response = await Api.DeleteAsync($"{Languages}/{language}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(Org.GetUserLanguages(UserId).ContainsKey(language));
    }

    [Fact]
    public async Task Delete_LanguageTheUserDoesNotHave_Returns404()
    {
        var language = Org.Languages[8].Id;

        using var response = await Api.DeleteAsync($"{Languages}/{language}");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task List_PageSizeOver50_Returns400()
    {
        using var response = await Api.GetAsync($"{Languages}?pageSize=51");

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task List_SeededAgent_ListsTheirLanguagesAtWholeNumbers()
    {
        var agent = Org.GetQueueMemberIds(Org.Queues[0].Id).First();

        var page = await Api.GetJsonAsync($"/api/v2/users/{agent}/routinglanguages?pageSize=50");

        Assert.NotEmpty(Org.GetUserLanguages(agent));
        Assert.Equal(Org.GetUserLanguages(agent).Keys.Order(), page.GetProperty("entities").Ids().Order());
        Assert.All(Org.GetUserLanguages(agent).Values, p => Assert.Equal(Math.Floor(p), p));
    }

    [Fact]
    public async Task ListUsers_ExpandLanguages_CarriesEachUsersLanguages()
    {
        var agent = Org.GetQueueMemberIds(Org.Queues[0].Id).First();

        var page = await Api.GetJsonAsync($"/api/v2/users?id={agent}&expand=languages");

        var user = page.GetProperty("entities")[0];
        Assert.Equal(Org.GetUserLanguages(agent).Keys.Order(), user.GetProperty("languages").Ids().Order());
        Assert.False(user.TryGetProperty("skills", out var skills) && skills.ValueKind != System.Text.Json.JsonValueKind.Null);
    }
}
