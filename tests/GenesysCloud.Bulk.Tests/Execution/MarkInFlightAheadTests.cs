using System.Collections.Concurrent;
using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests.Execution;

/// <summary>Batches are marked in flight before they are sent, ahead of the senders, so no sender waits for the journal.</summary>
public sealed class MarkInFlightAheadTests
{
    [Fact]
    public async Task ApplyAsync_WhileTheFirstWaveIsBeingSent_TheNextWaveIsAlreadyInFlightAndNothingUnmarkedIsSent()
    {
        await using var org = await TestOrg.StartAsync(users: 2_000);
        var queue = org.State.Queues[0].Id;
        org.State.SetQueueMemberGroups(queue, []);
        org.State.RemoveQueueMembers(queue, org.State.GetQueueMemberIds(queue));
        var users = org.State.Users.Where(u => u.State == "active").Take(1_800).ToList(); // 18 batches of 100, 8 senders
        var inFlight = new ConcurrentDictionary<int, bool>();
        var sent = new ConcurrentBag<string>();
        var firstWaveHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondWaveMarked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var adds = 0;
        var handler = new BeforeSendHandler(async request =>
        {
            if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/members", StringComparison.Ordinal)) return;
            sent.Add(await request.Content!.ReadAsStringAsync());
            if (Interlocked.Increment(ref adds) == 8) firstWaveHeld.SetResult();
            await release.Task;
        });
        var engine = org.NewEngine(handler: handler);
        var journal = new StatusWatchingJournal(engine.Journal, changes =>
        {
            foreach (var change in changes.Where(c => c.Status == BulkItemStatus.InFlight))
                foreach (var index in change.Indexes) inFlight[index] = true;
            if (inFlight.Count >= 1_600) secondWaveMarked.TrySetResult();
        });
        var watched = new BulkEngine(engine.Connection, journal);
        var plan = await watched.PlanAsync(new BulkRequest(BulkOperation.AddToQueue, queue, [.. users.Select(u => u.Email)]));

        var applying = watched.ApplyAsync(plan);
        await firstWaveHeld.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await secondWaveMarked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var sentBeforeRelease = sent.Count;
        release.SetResult();
        var result = await applying;

        Assert.Equal(8, sentBeforeRelease);
        Assert.True(result.Succeeded);
        Assert.Equal(18, sent.Count);
        Assert.Equal(users.Select(u => u.Id).ToHashSet(), org.State.GetQueueMemberIds(queue));
        Assert.All(users, u => Assert.Contains(sent, body => body.Contains(u.Id, StringComparison.Ordinal)));
    }
}
