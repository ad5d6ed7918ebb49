using Bunit;
using GenesysCloud.Utilities.QueueManager;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace GenesysCloud.Utilities.Tests.QueueManager;

public sealed class QueueManagerPanelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Render_Queue_ShowsEveryoneWithHowTheyBelong()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var queue = org.State.Queues[0];
        var members = org.State.GetQueueMembers(queue.Id);
        ctx.Render<MudPopoverProvider>();

        var cut = ctx.Render<QueueManagerPanel>(p => p.Add(x => x.QueueId, queue.Id));

        cut.WaitForAssertion(() =>
        {
            Assert.StartsWith(Plural.Of(members.Count, "person", "people"), cut.Find("#qm-counts").TextContent.Trim(), StringComparison.Ordinal);
            Assert.Contains(cut.FindAll(".qm-row-belongs"), b => b.TextContent.StartsWith("via group '", StringComparison.Ordinal));
        }, Wait);
        Assert.Equal(queue.Name, cut.Find("#qm-queue-name").TextContent);
    }

    [Fact]
    public async Task SetRingForSelected_PreviewSaysGroupMembersCannotChangeThenApplySetsTheIndividuals()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var queue = org.State.Queues[0];
        var members = org.State.GetQueueMembers(queue.Id);
        var individuals = members.Where(m => m.MemberBy == "user").ToList();
        var groupOnly = members.Count(m => m.MemberBy == "group");
        Assert.True(groupOnly > 0, "the seeded queue should have members only through a member group");
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<QueueManagerPanel>(p => p.Add(x => x.QueueId, queue.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".qm-row-belongs")), Wait);

        cut.Find("#qm-members-grid thead input[type=checkbox]").Change(true);
        cut.Find("#qm-ring-input").Change("4");
        cut.WaitForAssertion(() => Assert.False(cut.Find("#qm-ring-btn").HasAttribute("disabled")), Wait);
        cut.Find("#qm-ring-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal(individuals.Count(m => m.RingNumber != 4).ToString("N0"), cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        Assert.Equal(groupOnly.ToString("N0"), cut.Find("#wf-count-cannot-change-here").TextContent.Trim());
        Assert.Contains(cut.FindAll(".wf-row-note"), n => n.TextContent.Contains("a ring number is set only for individual members", StringComparison.Ordinal));
        Assert.DoesNotContain(org.State.GetQueueMembers(queue.Id), m => m.MemberBy == "user" && m.RingNumber == 4);
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal(individuals.Count(m => m.RingNumber != 4).ToString("N0"), cut.Find("#wf-count-applied").TextContent.Trim()), Wait);
        Assert.All(org.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user"), m => Assert.Equal(4, m.RingNumber));
        Assert.Equal(members.Where(m => m.MemberBy == "group"), org.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "group"));
    }

    [Fact]
    public async Task PasteToPutOnRing_PreviewKeepsEachLineThenApplySetsTheRing()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var paste = new PasteInput(ctx);
        var queue = org.State.Queues[1];
        var members = org.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user" && m.RingNumber != 2).Take(2).ToList();
        var emails = members.Select(m => org.State.FindUser(m.UserId)!.Email).ToList();
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<QueueManagerPanel>(p => p.Add(x => x.QueueId, queue.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".qm-row-belongs")), Wait);

        cut.Find("#qm-ring-input").Change("2");
        cut.Find(".qm-input-ring input").Click();
        cut.WaitForAssertion(() => Assert.Contains("Put people on ring 2", cut.Markup, StringComparison.Ordinal), Wait);
        paste.Paste(cut, $"{emails[0]}\nghost@nowhere.example\n{emails[1]}");
        cut.WaitForAssertion(() => Assert.False(cut.Find("#wf-preview-btn").HasAttribute("disabled")), Wait);
        cut.Find("#wf-preview-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        Assert.Equal(["1", "2", "3"], cut.FindAll("#wf-rows .wf-row-line").Select(l => l.TextContent));
        Assert.Contains(cut.FindAll(".wf-row-note"), n => n.TextContent.Contains("→ 2", StringComparison.Ordinal));
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#wf-count-applied").TextContent.Trim()), Wait);
        var after = org.State.GetQueueMembers(queue.Id);
        Assert.All(members, m => Assert.Equal(2, after.Single(a => a.UserId == m.UserId && a.MemberBy == "user").RingNumber));
    }

    [Fact]
    public async Task JoinEveryoneNotJoined_PreviewThenApply_LeavesEveryMemberJoined()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var queue = org.State.Queues[0];
        var unjoined = org.State.GetQueueMembers(queue.Id).Count(m => !m.Joined);
        Assert.True(unjoined > 0, "the seeded queue should have unjoined members");
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<QueueManagerPanel>(p => p.Add(x => x.QueueId, queue.Id));
        cut.WaitForAssertion(() => Assert.False(cut.Find("#qm-join-all-btn").HasAttribute("disabled")), Wait);

        cut.Find("#qm-join-all-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal(unjoined.ToString("N0"), cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        Assert.Equal(unjoined, org.State.GetQueueMembers(queue.Id).Count(m => !m.Joined));
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal(unjoined.ToString("N0"), cut.Find("#wf-count-applied").TextContent.Trim()), Wait);
        Assert.All(org.State.GetQueueMembers(queue.Id), m => Assert.True(m.Joined));
    }

    [Fact]
    public async Task CsvTabWithRingNumberColumn_PreviewThenApply_PutsEachRowOnItsRingAndTheRestOnTheChosenOne()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var queue = org.State.Queues[1];
        var members = org.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user" && m.RingNumber is not (3 or 5)).Take(3).ToList();
        var emails = members.Select(m => org.State.FindUser(m.UserId)!.Email).ToList();
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<QueueManagerPanel>(p => p.Add(x => x.QueueId, queue.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".qm-row-belongs")), Wait);

        cut.Find("#qm-ring-input").Change("5");
        cut.Find(".qm-input-ring input").Click();
        cut.WaitForAssertion(() => cut.Find("#qm-ring-csv-hint"), Wait);
        RingCsv(cut).UploadFiles(InputFileContent.CreateFromText($"email,ringNumber\n{emails[0]},3\n{emails[1]},\n{emails[2]},3\n", "rings.csv"));
        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        Assert.Equal(["2", "3", "4"], cut.FindAll("#wf-rows .wf-row-line").Select(l => l.TextContent));
        Assert.StartsWith("Set each row's ring (else ring 5)", cut.Find("#wf-preview-title").TextContent.Trim(), StringComparison.Ordinal);
        await cut.ApplyAndAwaitJobAsync(ctx);

        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("#wf-count-applied").TextContent.Trim()), Wait);
        var after = org.State.GetQueueMembers(queue.Id).Where(m => m.MemberBy == "user").ToDictionary(m => m.UserId, m => m.RingNumber);
        Assert.Equal([3, 5, 3], members.Select(m => after[m.UserId]));
    }

    [Fact]
    public async Task CsvTabWithABadRingNumber_SaysWhichLineAndColumnAndSendsNothing()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var queue = org.State.Queues[1];
        var before = org.State.GetQueueMembers(queue.Id);
        var email = org.State.FindUser(before.First(m => m.MemberBy == "user").UserId)!.Email;
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<QueueManagerPanel>(p => p.Add(x => x.QueueId, queue.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".qm-row-belongs")), Wait);
        cut.Find(".qm-input-ring input").Click();
        cut.WaitForAssertion(() => cut.Find("#qm-ring-csv-hint"), Wait);

        RingCsv(cut).UploadFiles(InputFileContent.CreateFromText($"email,ringNumber\n{email},2\nb@example.com,7\n", "rings.csv"));

        cut.WaitForAssertion(() => Assert.Equal("Line 3, column 'ringNumber': '7' is not a ring number from 1 to 6.", cut.Find("#wf-error").TextContent.Trim()), Wait);
        Assert.Empty(cut.FindAll("#wf-count-will-change"));
        Assert.Equal(before, org.State.GetQueueMembers(queue.Id));
    }

    [Fact]
    public async Task CsvTabWhenAdding_ReadsOnlyThePeopleAndLeavesARingNumberColumnAlone()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        await ctx.AddConnectedWorkflowAsync(org);
        var queue = org.State.Queues[1];
        var memberIds = org.State.GetQueueMembers(queue.Id).Select(m => m.UserId).ToHashSet();
        var newcomer = org.State.Users.First(u => u.State == "active" && !memberIds.Contains(u.Id));
        ctx.Render<MudPopoverProvider>();
        var cut = ctx.Render<QueueManagerPanel>(p => p.Add(x => x.QueueId, queue.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".qm-row-belongs")), Wait);

        RingCsv(cut).UploadFiles(InputFileContent.CreateFromText($"email,ringNumber\n{newcomer.Email},7\n", "people.csv"));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("#wf-count-will-change").TextContent.Trim()), Wait);
        Assert.Empty(cut.FindAll("#wf-error"));
        Assert.Empty(cut.FindAll("#qm-ring-csv-hint"));
        Assert.StartsWith("Add to queue", cut.Find("#wf-preview-title").TextContent.Trim(), StringComparison.Ordinal);
    }

    private static IRenderedComponent<InputFile> RingCsv(IRenderedComponent<QueueManagerPanel> cut) =>
        cut.FindComponents<InputFile>().Single(f => f.Find("input").Id == "wf-csv-input");
}
