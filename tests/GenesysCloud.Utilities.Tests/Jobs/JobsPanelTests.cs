using Bunit;
using GenesysCloud.Utilities.Jobs;

namespace GenesysCloud.Utilities.Tests.Jobs;

public sealed class JobsPanelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Undo_FromJobDetails_PreviewsThenRestoresMembership()
    {
        await using var org = await TestOrg.StartAsync();
        await using var ctx = MudContext.Create();
        var group = await org.GroupAsync();
        var before = org.State.GetGroupMemberIds(group.Id);
        await org.AddThroughGroupManagerAsync(group, org.NonMembers(group.Id).Take(2).Select(u => u.Email));
        var cut = ctx.Render<JobsPanel>(p => p.Add(x => x.Service, org.NewJobsService()));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".jobs-open-btn")), Wait);

        cut.Find(".jobs-open-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("Completed", cut.Find("#jobs-detail-status").TextContent), Wait);
        Assert.Contains("tests", cut.Find("#jobs-detail").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 changes,", cut.Find("#jobs-detail-counts").TextContent, StringComparison.Ordinal);
        Assert.Contains(" UTC", cut.Find("#jobs-detail").TextContent, StringComparison.Ordinal);
        cut.Find("#jobs-undo-btn").Click();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#jobs-undo-count-change").TextContent), Wait);
        Assert.NotEqual(before, org.State.GetGroupMemberIds(group.Id));
        cut.Find("#jobs-undo-apply-btn").Click();

        cut.WaitForAssertion(() => Assert.Contains("Completed, 2 applied", cut.Find("#jobs-run-result").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal(before, org.State.GetGroupMemberIds(group.Id));
        Assert.Equal(2, cut.FindAll(".jobs-open-btn").Count);
    }
}
