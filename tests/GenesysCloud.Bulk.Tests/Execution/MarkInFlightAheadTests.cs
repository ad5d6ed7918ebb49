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
        var run = await HeldRun.StartAsync(org, CancellationToken.None);

        await run.FirstWaveHeld.WaitAsync(TimeSpan.FromSeconds(30));
        await run.SecondWaveMarked.WaitAsync(TimeSpan.FromSeconds(30));
        var sentBeforeRelease = run.Sent.Count;
        run.Release();
        var result = await run.Applying;

        Assert.Equal(8, sentBeforeRelease);
        Assert.True(result.Succeeded);
        Assert.Equal(18, run.Sent.Count);
        Assert.Equal(run.Users.Select(u => u.Id).ToHashSet(), org.State.GetQueueMemberIds(run.Queue));
        Assert.All(run.Users, u => Assert.Contains(run.Sent, body => body.Contains(u.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ApplyAsync_JournalsTheFirstWaveInFlightWithTheJob_SoItsSendsWaitForNoOtherCommit()
    {
        await using var org = await TestOrg.StartAsync(users: 2_000);
        var statusWrites = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = await HeldRun.StartAsync(org, CancellationToken.None, statusWritesAllowed: statusWrites.Task);

        // All 8 first sends reach the server while no status write can commit.
        await run.FirstWaveHeld.WaitAsync(TimeSpan.FromSeconds(30));
        var created = Assert.Single(run.Journal.Created);
        var statusWritesDuringTheFirstWave = run.Journal.StatusWrites;
        statusWrites.SetResult();
        run.Release();
        await run.Applying;

        Assert.Equal(Enumerable.Range(0, 800), created.Where(i => i.Status == BulkItemStatus.InFlight).Select(i => i.Index));
        Assert.All(created.Skip(800), i => Assert.Equal(BulkItemStatus.Pending, i.Status));
        Assert.Equal(0, statusWritesDuringTheFirstWave);
    }

    [Fact]
    public async Task ApplyAsync_CancelledWithAWaveMarkedAhead_PutsTheBatchesNoSenderTookBackToPending()
    {
        await using var org = await TestOrg.StartAsync(users: 2_000);
        using var cancel = new CancellationTokenSource();
        var run = await HeldRun.StartAsync(org, cancel.Token);

        await run.FirstWaveHeld.WaitAsync(TimeSpan.FromSeconds(30));
        await run.SecondWaveMarked.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();
        run.Release();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.Applying);
        var items = await org.Engine.Journal.GetItemsAsync(run.JobId);

        Assert.Equal(8, run.Sent.Count);
        Assert.All(items.Skip(800), i => Assert.Equal(BulkItemStatus.Pending, i.Status));
    }

    /// <summary>1,800 people into an empty queue (18 batches, 8 senders) with the first wave's sends held until released.</summary>
    private sealed class HeldRun
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _secondWaveMarked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _firstWaveHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public required string Queue { get; init; }

        public required IReadOnlyList<GenesysCloud.Emulator.Model.EmulatorUser> Users { get; init; }

        public ConcurrentBag<string> Sent { get; } = [];

        public Task SecondWaveMarked => _secondWaveMarked.Task;

        /// <summary>The 8 senders' requests have all reached the server and are held there.</summary>
        public Task FirstWaveHeld => _firstWaveHeld.Task;

        public Task<BulkJobResult> Applying { get; private set; } = default!;

        public string JobId { get; private set; } = "";

        public StatusWatchingJournal Journal { get; private set; } = default!;

        public void Release() => _release.TrySetResult();

        public static async Task<HeldRun> StartAsync(TestOrg org, CancellationToken ct, Task? statusWritesAllowed = null)
        {
            var queue = org.State.Queues[0].Id;
            org.State.SetQueueMemberGroups(queue, []);
            org.State.RemoveQueueMembers(queue, org.State.GetQueueMemberIds(queue));
            var run = new HeldRun { Queue = queue, Users = [.. org.State.Users.Where(u => u.State == "active").Take(1_800)] };
            var inFlight = new ConcurrentDictionary<int, bool>();
            var engine = org.NewEngine(handler: new BeforeSendHandler(async request =>
            {
                if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/members", StringComparison.Ordinal)) return;
                run.Sent.Add(await request.Content!.ReadAsStringAsync());
                if (run.Sent.Count == 8) run._firstWaveHeld.TrySetResult();
                await run._release.Task;
            }));
            var journal = new StatusWatchingJournal(engine.Journal, changes =>
            {
                foreach (var change in changes)
                {
                    foreach (var index in change.Indexes)
                    {
                        if (change.Status == BulkItemStatus.InFlight) inFlight[index] = true;
                    }
                }

                if (inFlight.Count >= 1_600) run._secondWaveMarked.TrySetResult();
            })
            {
                StatusWritesAllowed = statusWritesAllowed ?? Task.CompletedTask,
            };
            run.Journal = journal;
            var watched = new BulkEngine(engine.Connection, journal);
            var plan = await watched.PlanAsync(new BulkRequest(BulkOperation.AddToQueue, queue, [.. run.Users.Select(u => u.Email)]), ct);
            run.JobId = plan.JobId;
            run.Applying = watched.ApplyAsync(plan, null, ct);
            return run;
        }
    }
}
