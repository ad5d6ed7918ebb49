using GenesysCloud.Bulk.Journal;
using GenesysCloud.Bulk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Bulk.Tests;

/// <summary>
/// A running job holds a lease in the journal: another engine (process, instance) refuses the job while the lease
/// lasts, takes it over once it has run out, and a holder that lost its lease stops. Time is a fake clock.
/// </summary>
public sealed class LeaseTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("lease-tests-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ApplyAsync_JobLeasedByAnotherInstance_RefusesSayingWhoUntilWhenAndSendsNothing()
    {
        await using var org = await TestOrg.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var engine = org.NewEngine(engine: new BulkEngineOptions { LeaseDuration = Lease }, time: clock);
        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), [.. org.State.Users.Take(60).Select(u => u.Email)]));
        await engine.Journal.TryClaimLeaseAsync(plan.JobId, "app-2 (pid 77)", "other", clock.GetUtcNow(), clock.GetUtcNow() + Lease);

        var refused = await Assert.ThrowsAsync<JobLeaseHeldException>(() => engine.ApplyAsync(plan));

        Assert.Equal($"Job {plan.JobId} is running on app-2 (pid 77) (its lease runs until 2026-12-01 09:00:30Z and is renewed while it runs). " +
                     "It is not run twice; if that process has stopped, resume the job after that time.", refused.Message);
        Assert.Equal(0, org.GroupAdds);
        Assert.Null(await engine.Journal.GetJobAsync(plan.JobId));
    }

    [Fact]
    public async Task ApplyAsync_AfterTheOtherInstancesLeaseRanOut_RunsTheJobAndReleasesTheLease()
    {
        await using var org = await TestOrg.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var engine = org.NewEngine(engine: new BulkEngineOptions { LeaseDuration = Lease, LeaseHolder = "app-1 (pid 1)" }, time: clock);
        var group = org.EmptyGroup();
        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, group, [.. org.State.Users.Take(60).Select(u => u.Email)]));
        await engine.Journal.TryClaimLeaseAsync(plan.JobId, "app-2 (pid 77)", "dead", clock.GetUtcNow(), clock.GetUtcNow() + Lease);

        clock.Advance(Lease);
        var result = await engine.ApplyAsync(plan);

        Assert.Equal(BulkJobStatus.Completed, result.Job.Status);
        Assert.Equal(60, org.State.GetGroupMemberIds(group).Count);
        Assert.Null((await engine.Journal.GetJobAsync(plan.JobId))!.LeaseHolder);
        Assert.False(engine.IsRunning(plan.JobId));
    }

    [Fact]
    public async Task PlanUndoAsync_JobLeasedElsewhere_Refuses()
    {
        await using var org = await TestOrg.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var engine = org.NewEngine(time: clock);
        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.AddToGroup, org.EmptyGroup(), [org.State.Users[0].Email]));
        await engine.ApplyAsync(plan);
        await engine.Journal.TryClaimLeaseAsync(plan.JobId, "app-2 (pid 77)", "other", clock.GetUtcNow(), clock.GetUtcNow() + Lease);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.PlanUndoAsync(plan.JobId));

        Assert.Contains("running on app-2 (pid 77)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobLease_WhileHeld_IsRenewedEveryThirdOfItsDuration()
    {
        using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(TempJournal()));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await journal.CreateJobAsync(new BulkJob("job-1", BulkOperation.AddToGroup, "g", "Sales", clock.GetUtcNow()), []);
        await using var lease = await JobLease.AcquireAsync(journal, "job-1", "app-1", Lease, TimeSpan.Zero, clock, CancellationToken.None);
        var renewed = NextRenewal(lease);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(await renewed.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(clock.GetUtcNow() + Lease, (await journal.GetJobAsync("job-1"))!.LeaseExpiresAt);
        Assert.False(lease.IsLost);
    }

    [Fact]
    public async Task JobLease_TakenOverAfterTheHolderStalled_IsLostAtTheNextRenewal()
    {
        using var journal = new SqliteJobJournal(SqliteJobJournal.ForFile(TempJournal()));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var lease = await JobLease.AcquireAsync(journal, "job-1", "app-1", Lease, TimeSpan.Zero, clock, CancellationToken.None);
        var start = clock.GetUtcNow();
        Assert.True((await journal.TryClaimLeaseAsync("job-1", "app-2", "other", start + Lease, start + (2 * Lease))).Acquired);
        var renewal = NextRenewal(lease);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.False(await renewal.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(lease.IsLost);
        Assert.True(lease.Lost.IsCancellationRequested);
    }

    private static Task<bool> NextRenewal(JobLease lease)
    {
        var attempt = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lease.RenewalAttempted += ok => attempt.TrySetResult(ok);
        return attempt.Task;
    }

    private string TempJournal() => Path.Combine(_folder, "jobs.db");
}
