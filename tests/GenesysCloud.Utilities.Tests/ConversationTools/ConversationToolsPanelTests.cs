using Bunit;
using GenesysCloud.Bulk.Conversations;
using GenesysCloud.Emulator.Model;
using GenesysCloud.Utilities.ConversationTools;
using MudBlazor;

namespace GenesysCloud.Utilities.Tests.ConversationTools;

public sealed class ConversationToolsPanelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Find_DefaultFilter_ListsEveryStuckConversationWithAgeAndQueue()
    {
        await using var org = await StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var stuck = Stuck(org);
        var cut = RenderStuckPanel(ctx, org);

        cut.Find("#ct-find-btn").Click();

        cut.WaitForAssertion(() => Assert.Equal(stuck.Count.ToString(), cut.Find("#ct-count").TextContent), Wait);
        var oldest = stuck.MinBy(c => c.StartTime)!;
        Assert.Contains(oldest.Id, cut.Find("#ct-grid").TextContent, StringComparison.Ordinal);
        Assert.Contains(AgeText.Of(DateTimeOffset.UtcNow - oldest.StartTime)[..2], cut.Find("#ct-grid").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSelected_ConfirmedAfterSayingItCannotBeUndone_EndsThemAndTheRefreshedListLeavesThemOut()
    {
        await using var org = await StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var stuck = Stuck(org);
        var cut = RenderStuckPanel(ctx, org);
        cut.Find("#ct-find-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal(stuck.Count.ToString(), cut.Find("#ct-count").TextContent), Wait);

        cut.Find("#ct-grid thead input[type=checkbox]").Change(true);
        cut.WaitForAssertion(() => Assert.Contains($"({Math.Min(25, stuck.Count)})", cut.Find("#ct-end-btn").TextContent, StringComparison.Ordinal), Wait);
        cut.Find("#ct-end-btn").Click();
        cut.WaitForAssertion(() => Assert.Contains("This cannot be undone.", cut.Find("#ct-confirm-text").TextContent, StringComparison.Ordinal), Wait);
        Assert.All(stuck, c => Assert.False(org.State.FindConversation(c.Id)!.IsEnded));
        var selected = int.Parse(cut.Find("#ct-confirm-end-btn").TextContent.Split(' ')[1]);
        cut.Find("#ct-confirm-end-btn").Click();

        cut.WaitForAssertion(() => Assert.Equal(selected.ToString("N0"), cut.Find("#wf-count-applied").TextContent.Trim()), Wait);
        cut.WaitForAssertion(() => Assert.Equal((stuck.Count - selected).ToString(), cut.Find("#ct-count").TextContent), Wait);
        Assert.Equal(selected, stuck.Count(c => org.State.FindConversation(c.Id)!.IsEnded));
    }

    [Fact]
    public async Task Find_LookbackShorterThanAge_ShowsTheErrorNamingBoth()
    {
        await using var org = await StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var cut = RenderStuckPanel(ctx, org);
        cut.FindComponents<MudNumericField<int>>()[0].Find("input").Change("48");
        cut.FindComponents<MudNumericField<int>>()[1].Find("input").Change("1");

        cut.Find("#ct-find-btn").Click();

        cut.WaitForAssertion(() => Assert.Contains("must be longer than OlderThan", cut.Find("#ct-error").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task Lookup_KnownAndUnknownConversation_ShowsStateAndParticipantsOrSaysItIsNotInTheOrg()
    {
        await using var org = await StartAsync();
        await using var ctx = MudContext.Create();
        var stuck = Stuck(org)[0];
        var cut = ctx.Render<ConversationLookupPanel>(p => p.Add(x => x.Sweep, new ConversationSweep(org.Api)));

        cut.Find("input#ct-lookup-input, #ct-lookup-input input").Input(stuck.Id);
        cut.Find("#ct-lookup-btn").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Not ended", cut.Find("#ct-lookup-state").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(stuck.Participants.Count, cut.FindAll("#ct-lookup-participants tbody tr").Count);
        Assert.Contains(stuck.MediaType, cut.Find("#ct-lookup-details").TextContent, StringComparison.Ordinal);

        cut.Find("input#ct-lookup-input, #ct-lookup-input input").Input(Guid.NewGuid().ToString());
        cut.Find("#ct-lookup-btn").Click();

        cut.WaitForAssertion(() => Assert.Contains("No conversation", cut.Find("#ct-lookup-error").TextContent, StringComparison.Ordinal), Wait);
    }

    private static Task<TestOrg> StartAsync() => TestOrg.StartAsync(configure: o => (o.Conversations, o.StuckConversations) = (120, 16));

    private static List<EmulatorConversation> Stuck(TestOrg org)
    {
        var now = DateTimeOffset.UtcNow;
        return [.. org.State.Conversations.Where(c => !c.IsEnded && c.StartTime < now.AddHours(-12) && c.StartTime >= now.AddDays(-30))];
    }

    private static IRenderedComponent<StuckConversationsPanel> RenderStuckPanel(BunitContext ctx, TestOrg org)
    {
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<StuckConversationsPanel>(p => p.Add(x => x.Api, org.Api).Add(x => x.Sweep, new ConversationSweep(org.Api)));
        cut.WaitForAssertion(() => Assert.False(cut.Find("#ct-find-btn").HasAttribute("disabled")), Wait);
        return cut;
    }
}
