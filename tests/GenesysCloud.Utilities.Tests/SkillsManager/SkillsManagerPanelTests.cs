using Bunit;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Utilities.SkillsManager;
using GenesysCloud.Utilities.Workflow;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace GenesysCloud.Utilities.Tests.SkillsManager;

public sealed class SkillsManagerPanelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Open_Skill_ShowsHowManyPeopleHaveIt()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var skill = org.State.Skills[0];
        var holders = org.State.Users.Count(u => u.State == "active" && org.State.GetUserSkills(u.Id).ContainsKey(skill.Id));
        ctx.Render<MudPopoverProvider>();

        var cut = ctx.Render<SkillsManagerPanel>(p => p.Add(x => x.SkillId, skill.Id));

        cut.WaitForAssertion(() => Assert.Equal(holders.ToString(), cut.Find("#sm-holder-count").TextContent), Wait);
    }

    [Fact]
    public async Task CsvWithProficiencyColumn_PreviewThenApply_SetsEachRowsLevel()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var skill = org.State.Skills[1];
        var users = org.State.Users.Where(u => u.State == "active" && !org.State.GetUserSkills(u.Id).ContainsKey(skill.Id)).Take(2).ToArray();
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<SkillsManagerPanel>(p => p.Add(x => x.SkillId, skill.Id));
        cut.WaitForAssertion(() => cut.Find("#sm-csv-input"), Wait);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            $"email,proficiency\n{users[0].Email},1\n{users[1].Email},4.5\n", "levels.csv"));
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-applied").TextContent.Trim()), Wait);
        Assert.Equal(1, org.State.GetUserSkills(users[0].Id)[skill.Id]);
        Assert.Equal(4.5, org.State.GetUserSkills(users[1].Id)[skill.Id]);
    }

    [Fact]
    public async Task Open_Language_ShowsItsHoldersAndAppliesAPasteAtOneProficiency()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var language = org.State.Languages[2];
        var holders = org.State.Users.Count(u => u.State == "active" && org.State.GetUserLanguages(u.Id).ContainsKey(language.Id));
        var users = org.State.Users.Where(u => u.State == "active" && !org.State.GetUserLanguages(u.Id).ContainsKey(language.Id)).Take(2).ToArray();
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<SkillsManagerPanel>(p => p.Add(x => x.LanguageId, language.Id));
        cut.WaitForAssertion(() => Assert.Equal(holders.ToString(), cut.Find("#sm-holder-count").TextContent), Wait);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            $"email,proficiency\n{users[0].Email},1\n{users[1].Email},5\n", "languages.csv"));
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-applied").TextContent.Trim()), Wait);
        Assert.Equal(1, org.State.GetUserLanguages(users[0].Id)[language.Id]);
        Assert.Equal(5, org.State.GetUserLanguages(users[1].Id)[language.Id]);
        Assert.False(org.State.GetUserSkills(users[0].Id).ContainsKey(language.Id));
    }

    [Fact]
    public async Task CsvWithFractionalLanguageProficiency_SaysWhichLineAndSendsNothing()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var language = org.State.Languages[3];
        var user = org.State.Users.First(u => u.State == "active");
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<SkillsManagerPanel>(p => p.Add(x => x.LanguageId, language.Id));
        cut.WaitForAssertion(() => cut.Find("#sm-csv-input"), Wait);
        var writes = org.Emulator.Requests.Entries.Count(e => e.Method != "GET");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText($"email,proficiency\n{user.Email},2.5\n", "levels.csv"));

        cut.WaitForAssertion(() => Assert.Contains("Line 2, column 'proficiency': '2.5' is not a language proficiency",
            cut.Find("#sm-error").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(writes, org.Emulator.Requests.Entries.Count(e => e.Method != "GET"));
    }

    [Fact]
    public async Task LanguageWithFractionalProficiencyForEveryRow_SaysWhatIsAllowedAndOffersNoPreview()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<SkillsManagerPanel>(p => p.Add(x => x.LanguageId, org.State.Languages[0].Id));
        cut.WaitForAssertion(() => cut.Find("#wf-workflow"), Wait);

        cut.Find("input#sm-proficiency, #sm-proficiency input").Change("2.5");

        cut.WaitForAssertion(() => Assert.Equal("A language proficiency is a whole number from 0 to 5.", cut.Find("#sm-proficiency-error").TextContent), Wait);
        Assert.Empty(cut.FindAll("#wf-workflow"));
    }

    [Fact]
    public async Task CopyMode_CsvUploadedToTheWorkflow_PreviewsOneRowPerPersonAndAppliesTheSourcesSkills()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var blank = org.State.Users.Where(u => u.State == "active" && org.State.GetUserSkills(u.Id).Count == 0 && org.State.GetUserLanguages(u.Id).Count == 0)
            .Take(3).ToArray();
        var (source, people) = (blank[0], blank[1..]);
        org.State.SetUserSkill(source.Id, org.State.Skills[^1].Id, 4);
        org.State.SetUserLanguage(source.Id, org.State.Languages[^1].Id, 2);
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<SkillsManagerPanel>();

        cut.Find("#sm-mode-copy").Click();
        Assert.Empty(cut.FindAll("#wf-workflow"));
        var picker = cut.FindComponent<EntityPicker<User>>();
        await cut.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(new User { Id = source.Id, Name = source.Name, Email = source.Email }));
        cut.WaitForAssertion(() => cut.Find("#wf-input"), Wait);
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            $"email\n{people[0].Email}\nghost@nowhere.example\n{people[1].Email}\n", "team.csv"));

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        Assert.Equal("1", cut.Find("#wf-count-not-found").TextContent.Trim());
        Assert.Equal($"Copy the skills and languages of '{source.Name}'", cut.Find("#wf-preview-title").TextContent);
        Assert.Contains("gives 1 skill and 1 language", cut.Find("#wf-rows").TextContent, StringComparison.Ordinal);
        Assert.Contains("Apply 4 changes to 2 people", cut.Find("#wf-apply-btn").TextContent, StringComparison.Ordinal);
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-result-applied").TextContent.Trim()), Wait);
        Assert.All(people, p => Assert.Equal(4, org.State.GetUserSkills(p.Id)[org.State.Skills[^1].Id]));
        Assert.All(people, p => Assert.Equal(2, org.State.GetUserLanguages(p.Id)[org.State.Languages[^1].Id]));
    }

    [Fact]
    public async Task CopyMode_OptionsChangedAfterAPreview_KeepsThePastedPeopleAndDropsOnlyThePreview()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 3);
        var (cut, paste) = await OpenCopyFromAsync(ctx, org, source);
        var box = cut.FindComponent<PasteBox>().Instance;
        paste.Paste(cut, string.Join('\n', people[1..].Select(p => p.Email)));
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);

        await cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));

        AssertPreviewDroppedAndPasteKept(cut, box);
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal($"Copy the skills and languages of '{source.Name}' (make identical)", cut.Find("#wf-preview-title").TextContent), Wait);
        Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent.Trim());

        var languages = cut.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "Languages");
        await cut.InvokeAsync(() => languages.Instance.ValueChanged.InvokeAsync(false));
        AssertPreviewDroppedAndPasteKept(cut, box);

        await PickSourceAsync(cut, people[0]);
        AssertPreviewDroppedAndPasteKept(cut, box);
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal($"Copy the skills of '{people[0].Name}' (make identical)", cut.Find("#wf-preview-title").TextContent), Wait);
        Assert.Equal("2", cut.Find("#wf-count-already-done").TextContent.Trim()); // people[0] has no skills: nothing to copy

        var skills = cut.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "Skills");
        await cut.InvokeAsync(() => skills.Instance.ValueChanged.InvokeAsync(false));
        AssertPreviewDroppedAndPasteKept(cut, box);
        var writes = org.Emulator.Requests.Entries.Count(e => e.Method != "GET");
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("Copy skills, languages or both.", cut.Find("#wf-error").TextContent), Wait);
        Assert.Empty(cut.FindAll("#wf-preview"));
        Assert.Equal(writes, org.Emulator.Requests.Entries.Count(e => e.Method != "GET"));
    }

    [Fact]
    public async Task CopyMode_OptionsChangedWhileAPreviewIsBeingMade_ThatPreviewIsNeverShown()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var (source, people) = RoutingCopySetup.SourceAndPeople(org, 2);
        var (cut, paste) = await OpenCopyFromAsync(ctx, org, source);
        var release = paste.PasteHeld(cut, string.Join('\n', people.Select(p => p.Email)));
        cut.Find("#wf-preview-btn").Click();

        await cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));
        release();

        cut.WaitForAssertion(() => Assert.Contains("changed while this was previewed", cut.Find("#wf-preview-stale").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(cut.FindAll("#wf-preview"));
        Assert.Empty(await org.Engine.ListJobsAsync());
    }

    /// <summary>Skills Manager in copy mode from <paramref name="source"/> (given two skills and a language), its input shown.</summary>
    private static async Task<(IRenderedComponent<SkillsManagerPanel> Cut, PasteInput Paste)> OpenCopyFromAsync(BunitContext ctx, TestOrg org, EmulatorUser source)
    {
        RoutingCopySetup.GiveSource(org, source);
        var paste = new PasteInput(ctx);
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<SkillsManagerPanel>();
        cut.Find("#sm-mode-copy").Click();
        await PickSourceAsync(cut, source);
        cut.WaitForAssertion(() => cut.Find("#wf-input"), Wait);
        return (cut, paste);
    }

    private static Task PickSourceAsync(IRenderedComponent<SkillsManagerPanel> cut, EmulatorUser source)
    {
        var picker = cut.FindComponent<EntityPicker<User>>();
        return cut.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(new User { Id = source.Id, Name = source.Name, Email = source.Email }));
    }

    /// <summary>The preview made with the old options is gone and says so; the same paste box still holds the pasted people.</summary>
    private static void AssertPreviewDroppedAndPasteKept(IRenderedComponent<SkillsManagerPanel> cut, PasteBox box)
    {
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#wf-preview")), Wait);
        Assert.Contains("preview again", cut.Find("#wf-preview-stale").TextContent, StringComparison.Ordinal);
        Assert.Same(box, cut.FindComponent<PasteBox>().Instance);
        Assert.False(cut.Find("#wf-preview-btn").HasAttribute("disabled"));
    }
}
