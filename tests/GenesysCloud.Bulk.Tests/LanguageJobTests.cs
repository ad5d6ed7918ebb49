using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

public sealed class LanguageJobTests
{
    [Fact]
    public async Task ApplyAsync_AssignLanguage_SetsProficiencyAndUndoRestoresEachBeforeState()
    {
        await using var org = await TestOrg.StartAsync(users: 100);
        var language = org.State.Languages[0].Id;
        var users = org.State.Users.Take(30).ToList();
        foreach (var user in users.Where(u => org.State.GetUserLanguages(u.Id).ContainsKey(language))) await RemoveAsync(org, user.Id, language);
        org.State.SetUserLanguage(users[0].Id, language, 4); // already at the requested level
        org.State.SetUserLanguage(users[1].Id, language, 1); // will change 1 → 4
        var before = users.ToDictionary(u => u.Id, u => org.State.GetUserLanguages(u.Id).GetValueOrDefault(language, -1));

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AssignLanguage, language, [.. users.Select(u => u.Email)]) { Proficiency = 4 });
        var result = await org.Engine.ApplyAsync(plan);
        var after = users.Select(u => org.State.GetUserLanguages(u.Id).GetValueOrDefault(language, -1)).ToList();
        var undo = await org.Engine.PlanUndoAsync(result.Job.Id);
        var undone = await org.Engine.ApplyAsync(undo);

        Assert.Equal((29, 1), (plan.ChangeCount, plan.Count(BulkItemAction.AlreadyDone)));
        Assert.Equal("already has the language at this proficiency", plan.Items[0].Note);
        Assert.Equal(1.0, plan.Items[1].ProficiencyBefore);
        Assert.All(after, p => Assert.Equal(4, p));
        Assert.Equal(BulkOperation.RemoveLanguage, undo.Request.Operation);
        Assert.Equal(29, undone.Applied);
        Assert.Equal(before, users.ToDictionary(u => u.Id, u => org.State.GetUserLanguages(u.Id).GetValueOrDefault(language, -1)));
    }

    [Fact]
    public async Task ApplyAsync_RemoveLanguage_SendsOneDeletePerHolderAndUndoGivesItBackAtTheOldLevel()
    {
        await using var org = await TestOrg.StartAsync(users: 100);
        var language = org.State.Languages[1].Id;
        var users = org.State.Users.Take(12).ToList();
        foreach (var user in users.Take(6)) org.State.SetUserLanguage(user.Id, language, 2);
        foreach (var user in users.Skip(6).Where(u => org.State.GetUserLanguages(u.Id).ContainsKey(language))) await RemoveAsync(org, user.Id, language);
        org.Requests.Clear();

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.RemoveLanguage, language, [.. users.Select(u => u.Username)]));
        var result = await org.Engine.ApplyAsync(plan);
        var undone = await org.Engine.ApplyAsync(await org.Engine.PlanUndoAsync(result.Job.Id));

        Assert.Equal((6, 6), (plan.ChangeCount, result.Applied));
        Assert.Equal(6, org.Calls("DELETE", "/api/v2/users/{userId}/routinglanguages/{languageId}"));
        Assert.Equal(6, undone.Applied);
        Assert.All(users.Take(6), u => Assert.Equal(2, org.State.GetUserLanguages(u.Id)[language]));
        Assert.All(users.Skip(6), u => Assert.False(org.State.GetUserLanguages(u.Id).ContainsKey(language)));
    }

    [Fact]
    public async Task ApplyAsync_ChangeLanguage_LeavesPeopleWithoutItAlone()
    {
        await using var org = await TestOrg.StartAsync(users: 50);
        var language = org.State.Languages[0].Id;
        var (holder, other) = (org.State.Users[0], org.State.Users[1]);
        org.State.SetUserLanguage(holder.Id, language, 2);
        if (org.State.GetUserLanguages(other.Id).ContainsKey(language)) await RemoveAsync(org, other.Id, language);

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.ChangeLanguage, language, [holder.Email, other.Email]) { Proficiency = 5 });
        await org.Engine.ApplyAsync(plan);

        Assert.Equal([BulkItemAction.WillChange, BulkItemAction.NotApplicable], plan.Items.Select(i => i.Action));
        Assert.Equal("does not have the language (change only changes existing proficiencies)", plan.Items[1].Note);
        Assert.Equal(5, org.State.GetUserLanguages(holder.Id)[language]);
        Assert.False(org.State.GetUserLanguages(other.Id).ContainsKey(language));
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(6)]
    public async Task PlanAsync_LanguageProficiencyNotAWholeNumberFromZeroToFive_IsRefusedBeforeAnythingIsSent(double proficiency)
    {
        await using var org = await TestOrg.StartAsync(users: 10);
        var user = org.State.Users[0];

        var error = await Assert.ThrowsAsync<ArgumentException>(() => org.Engine.PlanAsync(
            new BulkRequest(BulkOperation.AssignLanguage, org.State.Languages[0].Id, [user.Email]) { Proficiency = proficiency }));

        Assert.Contains($"Input #1 ('{user.Email}'): proficiency must be a whole number from 0 to 5", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Requests.Entries.Count(e => e.Method != "GET" && e.RouteTemplate.Contains("routinglanguages", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PlanAsync_UnknownLanguage_SaysTheLanguageWasNotFound()
    {
        await using var org = await TestOrg.StartAsync(users: 10);

        var error = await Assert.ThrowsAsync<BulkTargetNotFoundException>(() => org.Engine.PlanAsync(
            new BulkRequest(BulkOperation.RemoveLanguage, Guid.NewGuid().ToString(), [org.State.Users[0].Email])));

        Assert.StartsWith("Routing language ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_LanguagesBulkPatchAnswers409AtTimes_RetriesAndAssignsEveryone()
    {
        await using var org = await TestOrg.StartAsync(users: 100, o => o.Faults.InjectedConflictRate = 0.4);
        var users = org.State.Users.Take(30).ToList();
        var language = org.State.Languages[0].Id;

        var result = await org.Engine.ApplyAsync(
            await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AssignLanguage, language, [.. users.Select(u => u.Email)]) { Proficiency = 3 }));

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.All(users, u => Assert.Equal(3, org.State.GetUserLanguages(u.Id)[language]));
        Assert.Contains(org.Requests.Entries, e => e.Method == "PATCH" && e.StatusCode == 409 && e.RouteTemplate.Contains("routinglanguages", StringComparison.Ordinal));
    }

    private static async Task RemoveAsync(TestOrg org, string userId, string languageId)
    {
        var response = await org.Connection.Api.Routing.RemoveUserLanguageAsync(userId, languageId);
        Assert.True(response.Success, response.Error);
    }
}
