using Bunit;
using GenesysCloud.Utilities.GroupManager;

namespace GenesysCloud.Utilities.Tests.GroupManager;

public sealed class GroupManagerPanelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>The members are loaded and no step is running, so the markup is stable to interact with.</summary>
    private static void WaitUntilLoaded(IRenderedComponent<GroupManagerPanel> cut, int memberCount) =>
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(memberCount.ToString("N0"), cut.Find("#gm-member-count").TextContent);
            Assert.False(cut.Find("#gm-refresh-btn").HasAttribute("disabled"));
        }, Wait);

    /// <summary>The panel for <paramref name="group"/>, once its <paramref name="memberCount"/> members are loaded.</summary>
    private static IRenderedComponent<GroupManagerPanel> RenderLoaded(BunitContext ctx, TestOrg org, Group group, int memberCount)
    {
        var cut = ctx.Render<GroupManagerPanel>(p => p
            .Add(x => x.Service, org.NewService())
            .Add(x => x.Group, group));
        WaitUntilLoaded(cut, memberCount);
        return cut;
    }

    [Fact]
    public async Task Preview_MixedPastedInput_ShowsEachStateWithCountsAndAppliesNothing()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var paste = new PasteInput(ctx);
        var group = await org.GroupAsync();
        var newcomer = org.NonMembers(group.Id)[0];
        var member = org.Members(group.Id)[0];
        var before = org.State.GetGroupMemberIds(group.Id);
        var cut = RenderLoaded(ctx, org, group, org.MemberCount(group.Id));

        paste.Paste(cut, $"{newcomer.Email}, {newcomer.Email.ToUpperInvariant()}; not-an-email\nghost@nowhere.example {member.Email}");
        cut.Find("#wf-preview-btn").Click();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("#wf-count-will-change").TextContent), Wait);
        Assert.Equal("1", cut.Find("#wf-count-already-done").TextContent);
        Assert.Equal("1", cut.Find("#wf-count-not-found").TextContent);
        Assert.Equal("1", cut.Find("#wf-count-duplicate").TextContent);
        Assert.Equal("1", cut.Find("#wf-count-invalid").TextContent);
        var statuses = cut.FindAll(".wf-row-status").Select(e => e.TextContent.Trim()).ToArray();
        Assert.Equal(["Will add", "Duplicate", "Invalid", "Not found", "Already a member"], statuses);
        Assert.False(cut.Find("#wf-apply-btn").HasAttribute("disabled"));
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task Apply_ConfirmedPreview_UpdatesEmulatorGridAndShowsResult()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var paste = new PasteInput(ctx);
        var group = await org.GroupAsync();
        var newcomers = org.NonMembers(group.Id).Take(2).ToArray();
        var before = org.State.GetGroupMemberIds(group.Id);
        var cut = RenderLoaded(ctx, org, group, org.MemberCount(group.Id));
        paste.Paste(cut, string.Join('\n', newcomers.Select(u => u.Email)) + "\nghost@nowhere.example");
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent), Wait);

        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-result-applied").TextContent), Wait);
        cut.WaitForAssertion(() => Assert.Equal(org.MemberCount(group.Id).ToString("N0"), cut.Find("#gm-member-count").TextContent), Wait);
        Assert.Equal(before.Count + 2, org.State.GetGroupMemberIds(group.Id).Count);
        Assert.Equal(before.Union(newcomers.Select(u => u.Id)).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        cut.Find("input#gm-members-filter").Input(newcomers[0].Email);
        cut.WaitForAssertion(() => Assert.Contains(newcomers[0].Email, cut.Find("#gm-members-grid").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task Preview_CsvWithoutEmailColumn_ShowsErrorNamingHeaders()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var group = await org.GroupAsync();
        var cut = RenderLoaded(ctx, org, group, org.MemberCount(group.Id));

        cut.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText("name,dept\nJane,Sales\n", "people.csv"));

        cut.WaitForAssertion(() => Assert.Contains("Headers found: 'name', 'dept'", cut.Find("#wf-error").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(cut.FindAll("#wf-preview"));
    }

    [Fact]
    public async Task Preview_RejectedCsvAfterEarlierPreview_DropsThatPreviewSoItCannotBeApplied()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var paste = new PasteInput(ctx);
        var group = await org.GroupAsync();
        var newcomer = org.NonMembers(group.Id)[0];
        var cut = RenderLoaded(ctx, org, group, org.MemberCount(group.Id));
        paste.Paste(cut, newcomer.Email);
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("#wf-count-will-change").TextContent), Wait);

        cut.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText("name,dept\nJane,Sales\n", "people.csv"));

        cut.WaitForAssertion(() => Assert.Contains("Headers found: 'name', 'dept'", cut.Find("#wf-error").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(cut.FindAll("#wf-apply-btn"));
        Assert.DoesNotContain(newcomer.Id, org.State.GetGroupMemberIds(group.Id));
    }

    [Fact]
    public async Task Remove_SelectedMembers_ConfirmDialogListsThemThenRemovesOnlyThose()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        var dialogs = ctx.Render<MudBlazor.MudDialogProvider>();
        var cut = RenderLoaded(ctx, org, group, org.MemberCount(group.Id));
        // The grid lists owners and rule members too; a member remove can take out only an individual member.
        var listed = await org.NewService().GetMembersAsync(group.Id);
        var index = listed.ToList().FindIndex(m => before.Contains(m.Id));
        var firstMember = listed[index];

        cut.FindAll("#gm-members-grid tbody input[type=checkbox]")[index].Change(true);
        cut.WaitForAssertion(() => Assert.False(cut.Find("#gm-remove-btn").HasAttribute("disabled")), Wait);
        cut.Find("#gm-remove-btn").Click();
        dialogs.WaitForAssertion(() => Assert.Contains(firstMember.Email!, dialogs.Find("#gm-remove-list").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
        dialogs.Find("#gm-remove-confirm-btn").Click();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("#wf-result-applied").TextContent), Wait);
        Assert.Equal(before.Except([firstMember.Id]).ToHashSet(), org.State.GetGroupMemberIds(group.Id));
        cut.WaitForAssertion(() => Assert.Equal(org.MemberCount(group.Id).ToString("N0"), cut.Find("#gm-member-count").TextContent), Wait);
    }

    [Fact]
    public async Task SearchAndPick_TypedName_PreviewsThePickedUser()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);
        var group = await org.GroupAsync();
        var newcomer = org.NonMembers(group.Id)[0];
        var cut = RenderLoaded(ctx, org, group, org.MemberCount(group.Id));

        cut.Find("input#wf-search-input").Input(newcomer.Email);
        cut.WaitForAssertion(() => Assert.Contains(newcomer.Email, cut.Find("#wf-search-results").TextContent, StringComparison.Ordinal), Wait);
        cut.FindAll("#wf-search-results .mud-list-item").First(e => e.TextContent.Contains(newcomer.Email, StringComparison.Ordinal)).Click();
        cut.WaitForAssertion(() => Assert.False(cut.Find("#wf-add-picked-btn").HasAttribute("disabled")), Wait);
        cut.Find("#wf-add-picked-btn").Click();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("#wf-count-will-change").TextContent), Wait);
        Assert.Contains(newcomer.Name, cut.Find("#wf-rows").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_GroupOfFiveThousandMembers_ShowsTheCountAndOnePageOfRows()
    {
        await using var org = await TestOrg.StartAsync(users: 5200);
        await using var ctx = MudContext.Create(org);
        var groupId = org.State.Groups[0].Id;
        var reached = org.State.GetGroupReachIds(groupId);
        org.State.AddGroupMembers(groupId, org.State.Users.Select(u => u.Id).Where(id => !reached.Contains(id)).Take(5000 - reached.Count));
        var group = await org.GroupAsync();

        var cut = RenderLoaded(ctx, org, group, 5000);
        Assert.Equal(25, cut.FindAll("#gm-members-grid tbody tr").Count);
        Assert.Matches(@"1\s*-\s*25 of 5,?000", cut.Find("#gm-members-grid").TextContent);
    }

    [Fact]
    public async Task Load_UnknownGroup_ShowsStatusMessageAndCorrelationIdInsteadOfCrashing()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create(org);

        var cut = ctx.Render<GroupManagerPanel>(p => p
            .Add(x => x.Service, org.NewService())
            .Add(x => x.Group, new Group { Id = "no-such-group", Name = "Gone" }));

        cut.WaitForAssertion(() =>
        {
            var error = cut.Find("#gm-error").TextContent;
            Assert.Contains("Loading the group failed (HTTP 404", error, StringComparison.Ordinal);
            Assert.Contains("Correlation id:", error, StringComparison.Ordinal);
        }, Wait);
        Assert.NotNull(cut.Find("#gm-members-grid"));
    }
}
