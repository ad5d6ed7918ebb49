using System.Text;
using GenesysCloud.Bulk;
using GenesysCloud.Bulk.Csv;
using GenesysCloud.Utilities.SkillsManager;

namespace GenesysCloud.Utilities.Tests.SkillsManager;

public sealed class SkillsManagerServiceTests
{
    [Fact]
    public async Task PlanAssignAsync_ProficiencyPerRow_SetsEachRowsLevelAndUndoRestoresThePrevious()
    {
        await using var org = await TestOrg.StartAsync();
        var skill = org.State.Skills[0];
        var users = org.State.Users.Where(u => u.State == "active" && !org.State.GetUserSkills(u.Id).ContainsKey(skill.Id)).Take(3).ToArray();
        org.State.SetUserSkill(users[0].Id, skill.Id, 1);
        var csv = $"email,proficiency\n{users[0].Email},4\n{users[1].Email},2.5\n{users[2].Email},\n";
        var service = NewService(org);

        var plan = await service.PlanAssignAsync(skill.Id, SkillCsvParser.ParseText(csv), proficiency: 3);
        var result = await service.ApplyAsync(plan);

        Assert.Equal([4, 2.5, 3], plan.Items.Select(i => i.Proficiency!.Value));
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Equal(4, org.State.GetUserSkills(users[0].Id)[skill.Id]);
        Assert.Equal(2.5, org.State.GetUserSkills(users[1].Id)[skill.Id]);
        Assert.Equal(3, org.State.GetUserSkills(users[2].Id)[skill.Id]);

        await org.EngineFor().ApplyAsync(await org.EngineFor().PlanUndoAsync(result.Job.Id));
        Assert.Equal(1, org.State.GetUserSkills(users[0].Id)[skill.Id]);
        Assert.False(org.State.GetUserSkills(users[1].Id).ContainsKey(skill.Id));
        Assert.False(org.State.GetUserSkills(users[2].Id).ContainsKey(skill.Id));
    }

    [Theory]
    [InlineData("6", "'6' is not a proficiency from 0 to 5")]
    [InlineData("high", "'high' is not a proficiency from 0 to 5")]
    public void SkillCsvParser_BadProficiency_ErrorNamesLineAndColumn(string value, string expected)
    {
        var csv = $"email,Proficiency\na@example.com,3\nb@example.com,{value}\n";

        var error = Assert.Throws<CsvInputException>(() => SkillCsvParser.ParseText(csv));

        Assert.Equal($"Line 3, column 'Proficiency': {expected}.", error.Message);
        Assert.Equal(3, error.Row);
        Assert.Equal("Proficiency", error.Column);
    }

    [Fact]
    public async Task PlanAssignAsync_RowWithoutProficiencyAndNoDefault_IsRefusedBeforeAnythingIsSent()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users.Take(2).ToArray();
        var input = SkillCsvParser.ParseText($"email,proficiency\n{users[0].Email},2\n{users[1].Email},\n");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => NewService(org).PlanAssignAsync(org.State.Skills[0].Id, input, null));

        Assert.StartsWith("Give a proficiency from 0 to 5 for every row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanChangeAsync_PersonWithoutTheSkill_IsNotGivenIt()
    {
        await using var org = await TestOrg.StartAsync();
        var skill = org.State.Skills[1];
        var users = org.State.Users.Where(u => u.State == "active" && !org.State.GetUserSkills(u.Id).ContainsKey(skill.Id)).Take(2).ToArray();
        org.State.SetUserSkill(users[0].Id, skill.Id, 2);
        var service = NewService(org);

        var plan = await service.PlanChangeAsync(skill.Id, SkillInput.Of(PastedIdentifierParser.Parse($"{users[0].Email}\n{users[1].Email}")), 5);
        await service.ApplyAsync(plan);

        Assert.Equal([BulkItemAction.WillChange, BulkItemAction.NotApplicable], plan.Items.Select(i => i.Action));
        Assert.Equal(5, org.State.GetUserSkills(users[0].Id)[skill.Id]);
        Assert.False(org.State.GetUserSkills(users[1].Id).ContainsKey(skill.Id));
    }

    [Fact]
    public async Task PlanCopyAsync_Identical_IsOneJobAfterWhichOthersHaveExactlyTheSourcesSkillsAndLanguages()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users.Where(u => u.State == "active").Take(3).ToArray();
        var (source, others) = (users[0], users[1..]);
        org.State.SetUserSkill(source.Id, org.State.Skills[2].Id, 4);
        org.State.SetUserLanguage(source.Id, org.State.Languages[0].Id, 5);
        org.State.SetUserSkill(others[0].Id, org.State.Skills[3].Id, 1);
        org.State.SetUserLanguage(others[0].Id, org.State.Languages[1].Id, 2);
        var (skills, languages) = (org.State.GetUserSkills(source.Id), org.State.GetUserLanguages(source.Id));
        string Holdings(string userId) => string.Join(", ", org.State.GetUserSkills(userId).Concat(org.State.GetUserLanguages(userId))
            .OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}={h.Value}"));
        var before = others.Select(o => Holdings(o.Id)).ToList();
        var service = NewService(org);

        var copy = await service.PlanCopyAsync(source.Email, [.. others.Select(o => o.Email), "ghost@nowhere.example"], new RoutingCopyOptions(Identical: true));
        var result = await service.ApplyAsync(copy.Plan);

        Assert.Equal(["ghost@nowhere.example"], copy.NotFound);
        Assert.Equal(BulkOperation.CopyRouting, result.Job.Operation);
        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Single(await org.EngineFor().ListJobsAsync());
        Assert.All(others, o => Assert.Equal(skills, org.State.GetUserSkills(o.Id)));
        Assert.All(others, o => Assert.Equal(languages, org.State.GetUserLanguages(o.Id)));
        Assert.Contains(copy.Copied, l => l.Item.Kind == RoutingKind.Language && l.Proficiency == 5);
        Assert.Contains(copy.Copied, l => l.Item.Id == org.State.Skills[3].Id && l.Proficiency is null && l.Changes == 1);

        await org.EngineFor().ApplyAsync(await org.EngineFor().PlanUndoAsync(result.Job.Id));
        Assert.Equal(before, others.Select(o => Holdings(o.Id)).ToList());
    }

    [Fact]
    public async Task PlanCopyAsync_OnlySkillsAdding_LeavesLanguagesAndOtherSkillsAlone()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users.Where(u => u.State == "active").Take(2).ToArray();
        org.State.SetUserSkill(users[0].Id, org.State.Skills[4].Id, 3);
        org.State.SetUserLanguage(users[0].Id, org.State.Languages[2].Id, 4);
        var languagesBefore = org.State.GetUserLanguages(users[1].Id);
        var skillsBefore = org.State.GetUserSkills(users[1].Id);
        var service = NewService(org);

        var copy = await service.PlanCopyAsync(users[0].Id, [users[1].Email], new RoutingCopyOptions(Languages: false));
        await service.ApplyAsync(copy.Plan);

        Assert.All(copy.Copied, l => Assert.Equal(RoutingKind.Skill, l.Item.Kind));
        Assert.Equal(languagesBefore, org.State.GetUserLanguages(users[1].Id));
        Assert.Equal(3, org.State.GetUserSkills(users[1].Id)[org.State.Skills[4].Id]);
        Assert.All(skillsBefore.Where(s => s.Key != org.State.Skills[4].Id), s => Assert.Equal(s.Value, org.State.GetUserSkills(users[1].Id)[s.Key]));
    }

    [Fact]
    public async Task WhoHasAsync_Skill_ListsHoldersWithTheirProficiency()
    {
        await using var org = await TestOrg.StartAsync();
        var skill = org.State.Skills[0];
        var expected = org.State.Users.Where(u => u.State == "active" && org.State.GetUserSkills(u.Id).ContainsKey(skill.Id))
            .ToDictionary(u => u.Id, u => org.State.GetUserSkills(u.Id)[skill.Id]);

        var holders = await NewService(org).WhoHasAsync(skill.Id);

        Assert.NotEmpty(holders);
        Assert.Equal(expected, holders.ToDictionary(h => h.UserId, h => h.Proficiency));
    }

    [Fact]
    public async Task MatrixCsvAsync_PeopleBySkillsAndLanguages_HoldsEachProficiency()
    {
        await using var org = await TestOrg.StartAsync();
        var user = org.State.Users.First(u => u.State == "active" && org.State.GetUserSkills(u.Id).Count > 0);
        var (skillId, proficiency) = org.State.GetUserSkills(user.Id).First();
        var language = org.State.Languages[0];
        org.State.SetUserLanguage(user.Id, language.Id, 2);

        var lines = Encoding.UTF8.GetString(await NewService(org).MatrixCsvAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var header = lines[0].TrimEnd('\r').Split(',');
        var row = lines.Single(l => l.StartsWith(user.Id, StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        Assert.Equal(["userId", "name", "email"], header[..3]);
        Assert.Equal(org.State.Skills.Count + org.State.Languages.Count + 3, header.Length);
        Assert.Equal(proficiency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            row[Array.IndexOf(header, org.State.Skills.Single(s => s.Id == skillId).Name)]);
        Assert.Equal("2", row[Array.IndexOf(header, $"language: {language.Name}")]);
    }

    [Fact]
    public async Task WhoHasAsync_Language_ListsHoldersWithTheirProficiency()
    {
        await using var org = await TestOrg.StartAsync();
        var language = org.State.Languages[0];
        var expected = org.State.Users.Where(u => u.State == "active" && org.State.GetUserLanguages(u.Id).ContainsKey(language.Id))
            .ToDictionary(u => u.Id, u => org.State.GetUserLanguages(u.Id)[language.Id]);

        var holders = await NewService(org).WhoHasAsync(language.Id, RoutingKind.Language);

        Assert.NotEmpty(holders);
        Assert.Equal(expected, holders.ToDictionary(h => h.UserId, h => h.Proficiency));
    }

    [Fact]
    public void SkillCsvParser_LanguageWithFractionalProficiency_ErrorNamesLineAndColumn()
    {
        var csv = "email,proficiency\na@example.com,3\nb@example.com,2.5\n";

        var error = Assert.Throws<CsvInputException>(() => SkillCsvParser.ParseText(csv, kind: RoutingKind.Language));

        Assert.Equal("Line 3, column 'proficiency': '2.5' is not a language proficiency (a whole number from 0 to 5).", error.Message);
    }

    [Fact]
    public async Task PlanRemoveAsync_Language_RemovesItAndUndoRestoresTheLevel()
    {
        await using var org = await TestOrg.StartAsync();
        var language = org.State.Languages[1];
        var user = org.State.Users.First(u => u.State == "active");
        org.State.SetUserLanguage(user.Id, language.Id, 5);
        var service = NewService(org);

        var result = await service.ApplyAsync(await service.PlanRemoveAsync(language.Id, [user.Email], RoutingKind.Language));
        var removed = org.State.GetUserLanguages(user.Id).ContainsKey(language.Id);
        await org.EngineFor().ApplyAsync(await org.EngineFor().PlanUndoAsync(result.Job.Id));

        Assert.Equal(BulkOperation.RemoveLanguage, result.Job.Operation);
        Assert.False(removed);
        Assert.Equal(5, org.State.GetUserLanguages(user.Id)[language.Id]);
    }

    private static SkillsManagerService NewService(TestOrg org) => new(org.Api, org.EngineFor(), "tests");
}
