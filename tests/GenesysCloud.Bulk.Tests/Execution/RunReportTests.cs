using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Execution;

/// <summary>A run's report is made from the items as the run journaled them: it must say exactly what the journal says.</summary>
public sealed class RunReportTests
{
    [Fact]
    public async Task ApplyAsync_WithSkippedAppliedAndFailedItems_ReportsWhatTheJournalHolds()
    {
        await using var org = await TestOrg.StartAsync();
        var users = org.State.Users.Take(60).ToList();
        var group = org.EmptyGroup();
        org.State.AddGroupMembers(group, [users[0].Id]);
        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group,
            [.. users.Select(u => u.Email), "nobody@example.com", users[1].Email]));
        var tampered = plan with { Items = [.. plan.Items.Select(i => i.Index == 7 ? i with { UserId = Guid.NewGuid().ToString() } : i)] };

        var result = await org.Engine.ApplyAsync(tampered);

        Assert.Equal(Journaled(await org.Engine.Journal.GetItemsAsync(plan.JobId)), Journaled(result.Items));
        Assert.Equal((BulkItemStatus.Failed, 58, 3), (result.Items[7].Status, result.Applied, result.Items.Count(i => i.Status == BulkItemStatus.Skipped)));
        Assert.Equal((await org.Engine.Journal.GetJobAsync(plan.JobId))!.AppliedCount, result.Job.AppliedCount);
    }

    [Fact]
    public async Task ApplyAsync_RingNumbersConfirmedByReReading_ReportsWhatTheJournalHolds()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var queue = org.State.Queues.First(q => org.State.GetQueueMembers(q.Id).All(m => m.MemberBy == "user")).Id;
        var members = org.State.Users.Skip(100).Take(5).ToList();
        org.State.AddQueueMembers(queue, members.Select(u => u.Id));
        var engine = org.NewEngine(engine: new BulkEngineOptions { EffectCheckDelays = [TimeSpan.Zero] });

        var result = await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.SetRingNumber, queue, [.. members.Select(u => u.Email)])
        {
            RingNumber = 4,
        }));

        Assert.Equal(Journaled(await engine.Journal.GetItemsAsync(result.Job.Id)), Journaled(result.Items));
        Assert.All(result.Items, i => Assert.Equal("confirmed: the org shows the change", i.Note));
    }

    /// <summary>What a run writes of each item (its time is the run's clock, stored at the journal's precision).</summary>
    internal static (int, BulkItemStatus, string?, string?)[] Journaled(IEnumerable<BulkJobItem> items) =>
        [.. items.Select(i => (i.Index, i.Status, i.Error, i.Note))];
}
