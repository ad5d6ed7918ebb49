using System.Text.Json;
using GenesysCloud.Cli.Tests.Support;

namespace GenesysCloud.Cli.Tests.Commands;

[Collection(EmulatorCollection.Name)]
public sealed class SkillsManagerCommandTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task SkillsAssign_CsvWithProficiencyColumn_SetsEachRowsLevel()
    {
        var skill = fixture.Emulator.State.Skills[5];
        var users = fixture.Emulator.State.Users.Skip(120).Take(2).ToList();
        var file = await CsvAsync($"email,proficiency\n{users[0].Email},1.5\n{users[1].Email},5\n");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "skills", "assign", "--skill", skill.Name, "--file", file);

        run.ShouldExitWith(ExitCodes.Done);
        Assert.Equal(1.5, fixture.Emulator.State.GetUserSkills(users[0].Id)[skill.Id]);
        Assert.Equal(5, fixture.Emulator.State.GetUserSkills(users[1].Id)[skill.Id]);
    }

    [Fact]
    public async Task SkillsAssign_ProficiencyOutOfRange_ExitsBadInputNamingLineAndColumnAndChangesNothing()
    {
        var skill = fixture.Emulator.State.Skills[6];
        var users = fixture.Emulator.State.Users.Skip(125).Take(2).ToList();
        var before = users.Select(u => fixture.Emulator.State.GetUserSkills(u.Id)).ToList();
        var file = await CsvAsync($"email,proficiency\n{users[0].Email},2\n{users[1].Email},7\n");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "skills", "assign", "--skill", skill.Name, "--file", file);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("Line 3, column 'proficiency': '7' is not a proficiency from 0 to 5", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, users.Select(u => fixture.Emulator.State.GetUserSkills(u.Id)));
    }

    [Fact]
    public async Task SkillsChange_DryRunJson_MarksPeopleWithoutTheSkillAsNotApplicable()
    {
        var skill = fixture.Emulator.State.Skills[7];
        var without = fixture.Emulator.State.Users.Skip(130).First(u => !fixture.Emulator.State.GetUserSkills(u.Id).ContainsKey(skill.Id));

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "skills", "change", "--skill", skill.Id, "-p", "2", "--emails", without.Email,
            "--dry-run", "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("notApplicable", json.RootElement.GetProperty("items")[0].GetProperty("action").GetString());
        Assert.False(fixture.Emulator.State.GetUserSkills(without.Id).ContainsKey(skill.Id));
    }

    [Theory]
    [InlineData("assign")]
    [InlineData("remove")]
    public async Task SkillsAssignOrRemove_CsvDryRunJson_ItemsCarryTheirCsvLine(string verb)
    {
        var skill = fixture.Emulator.State.Skills[8];
        var people = fixture.Emulator.State.Users.Skip(150).Take(2).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"skills-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["email", people[0].Email, "", people[1].Email]);
        string[] level = verb == "assign" ? ["-p", "3"] : [];

        var run = await fixture.RunAsync(fixture.NewJournalPath(), ["skills", verb, "--skill", skill.Id, .. level, "--file", file, "--dry-run", "--output", "json"]);
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal([2, 4], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task SkillsWhoHas_Json_ListsEveryHolder()
    {
        var skill = fixture.Emulator.State.Skills[8];
        var holders = fixture.Emulator.State.Users.Where(u => u.State == "active" && fixture.Emulator.State.GetUserSkills(u.Id).ContainsKey(skill.Id)).ToList();

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "skills", "who-has", "--skill", skill.Name, "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(holders.Select(h => h.Id).Order(),
            json.RootElement.GetProperty("holders").EnumerateArray().Select(h => h.GetProperty("userId").GetString()).Order());
    }

    [Fact]
    public async Task SkillsMatrix_Out_HasAColumnPerSkillAndPerLanguage()
    {
        var file = Path.Combine(Path.GetTempPath(), $"matrix-{Guid.NewGuid():N}.csv");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "skills", "matrix", "--out", file);

        run.ShouldExitWith(ExitCodes.Done);
        var header = (await File.ReadAllLinesAsync(file))[0].TrimStart('\uFEFF').Split(',');
        File.Delete(file);
        Assert.Equal(["userId", "name", "email"], header[..3]);
        Assert.Equal(fixture.Emulator.State.Skills.Count + fixture.Emulator.State.Languages.Count, header.Length - 3);
        Assert.Contains($"language: {fixture.Emulator.State.Languages[0].Name}", header);
    }

    [Fact]
    public async Task SkillsAssign_Language_SetsTheLanguageAndUndoRemovesIt()
    {
        var language = fixture.Emulator.State.Languages[3];
        var user = fixture.Emulator.State.Users.Skip(140).First(u => u.State == "active" && !fixture.Emulator.State.GetUserLanguages(u.Id).ContainsKey(language.Id));
        var journal = fixture.NewJournalPath();

        var run = await fixture.RunAsync(journal, "skills", "assign", "--language", language.Name, "-p", "4", "--emails", user.Email, "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        Assert.Equal(4, fixture.Emulator.State.GetUserLanguages(user.Id)[language.Id]);
        using var json = JsonDocument.Parse(run.Out);
        var jobId = json.RootElement.GetProperty("jobId").GetString()!;
        (await fixture.RunAsync(journal, "jobs", "undo", jobId)).ShouldExitWith(ExitCodes.Done);
        Assert.False(fixture.Emulator.State.GetUserLanguages(user.Id).ContainsKey(language.Id));
    }

    [Fact]
    public async Task SkillsAssign_LanguageWithFractionalProficiency_ExitsBadInputAndChangesNothing()
    {
        var language = fixture.Emulator.State.Languages[4];
        var user = fixture.Emulator.State.Users.Skip(145).First(u => u.State == "active");
        var before = fixture.Emulator.State.GetUserLanguages(user.Id);

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "skills", "assign", "--language", language.Id, "-p", "2.5", "--emails", user.Email);

        run.ShouldExitWith(ExitCodes.BadInput);
        Assert.Contains("--proficiency must be a whole number from 0 to 5 for a language (got 2.5)", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Emulator.State.GetUserLanguages(user.Id));
    }

    [Fact]
    public async Task SkillsWhoHas_LanguageJson_ListsEveryHolder()
    {
        var language = fixture.Emulator.State.Languages[0];
        var holders = fixture.Emulator.State.Users.Where(u => u.State == "active" && fixture.Emulator.State.GetUserLanguages(u.Id).ContainsKey(language.Id)).ToList();

        var run = await fixture.RunAsync(fixture.NewJournalPath(), "skills", "who-has", "--language", language.Name, "--output", "json");

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        Assert.NotEmpty(holders);
        Assert.Equal(language.Id, json.RootElement.GetProperty("language").GetProperty("id").GetString());
        Assert.Equal(holders.Select(h => h.Id).Order(),
            json.RootElement.GetProperty("holders").EnumerateArray().Select(h => h.GetProperty("userId").GetString()).Order());
    }

    [Fact]
    public async Task SkillsCopy_Identical_IsOneJobAfterWhichThePeopleHoldExactlyTheSourcesSkillsAndLanguages()
    {
        var state = fixture.Emulator.State;
        var people = state.Users.Skip(160).Where(u => u.State == "active").Take(3).ToList();
        var (source, others) = (people[0], people[1..]);
        state.SetUserSkill(source.Id, state.Skills[9].Id, 4);
        state.SetUserLanguage(source.Id, state.Languages[5].Id, 2);
        var journal = fixture.NewJournalPath();

        var preview = await fixture.RunAsync(journal, "skills", "copy", "--from", source.Email, "--identical", "--dry-run", "--output", "json",
            "--emails", string.Join(',', others.Select(o => o.Email)));
        var run = await fixture.RunAsync(journal, "skills", "copy", "--from", source.Email, "--identical",
            "--emails", string.Join(',', others.Select(o => o.Email)));
        var list = await fixture.RunAsync(journal, "jobs", "list", "--output", "json");

        preview.ShouldExitWith(ExitCodes.Done);
        using (var previewed = JsonDocument.Parse(preview.Out))
        {
            Assert.Contains(previewed.RootElement.GetProperty("items").EnumerateArray(),
                i => (i.GetProperty("note").GetString() ?? "").StartsWith($"language '{state.Languages[5].Name}': ", StringComparison.Ordinal));
        }

        run.ShouldExitWith(ExitCodes.Done);
        using var listed = JsonDocument.Parse(list.Out);
        Assert.Equal("copyRouting", Assert.Single(listed.RootElement.GetProperty("jobs").EnumerateArray()).GetProperty("operation").GetString());
        Assert.All(others, o => Assert.Equal(state.GetUserSkills(source.Id), state.GetUserSkills(o.Id)));
        Assert.All(others, o => Assert.Equal(state.GetUserLanguages(source.Id), state.GetUserLanguages(o.Id)));
    }

    [Fact]
    public async Task SkillsCopy_CsvDryRunJson_EveryItemOfAPersonCarriesThatPersonsCsvLine()
    {
        var state = fixture.Emulator.State;
        var people = state.Users.Skip(170).Where(u => u.State == "active").Take(3).ToList();
        state.SetUserSkill(people[0].Id, state.Skills[10].Id, 2);
        state.SetUserLanguage(people[0].Id, state.Languages[6].Id, 3);
        var file = await CsvAsync($"email\n{people[1].Email}\n\n{people[2].Email}\n");

        var run = await fixture.RunAsync(fixture.NewJournalPath(), ["skills", "copy", "--from", people[0].Email, "--file", file, "--dry-run", "--output", "json"]);
        File.Delete(file);

        run.ShouldExitWith(ExitCodes.Done);
        using var json = JsonDocument.Parse(run.Out);
        var lineOfPerson = json.RootElement.GetProperty("items").EnumerateArray()
            .GroupBy(i => i.GetProperty("userId").GetString()!, i => i.GetProperty("line").GetInt32())
            .ToDictionary(g => g.Key, g => g.Distinct().Single());
        Assert.Equal(new Dictionary<string, int> { [people[1].Id] = 2, [people[2].Id] = 4 }, lineOfPerson);
    }

    private static async Task<string> CsvAsync(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"skills-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, text);
        return file;
    }
}
