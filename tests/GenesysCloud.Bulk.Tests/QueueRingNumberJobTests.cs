using GenesysCloud.Bulk.Tests.Support;

namespace GenesysCloud.Bulk.Tests;

/// <summary>Ring numbers of queue members: one PATCH per individual member, previous ring journaled, re-read before reported.</summary>
public sealed class QueueRingNumberJobTests
{
    private const string MemberRoute = "/api/v2/routing/queues/{queueId}/members/{memberId}";

    [Fact]
    public async Task PlanAsync_SetRingNumber_SendsOnlyIndividualMembersOnAnotherRingAndSaysWhyForTheRest()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var (queue, groupName, users) = await ArrangeQueueAsync(org);
        string[] input = [.. users.Individuals.Select(u => u.Email), users.ViaGroup.Email, users.Outsider.Email];

        var plan = await org.Engine.PlanAsync(new BulkRequest(BulkOperation.SetRingNumber, queue, input)
        {
            RingNumber = 3,
            Lines = [.. input.Select((_, i) => (int?)(i + 2))],
        });

        Assert.Equal((9, 1, 1, 1), (plan.ChangeCount, plan.Count(BulkItemAction.AlreadyDone), plan.Count(BulkItemAction.CannotChangeHere),
            plan.Count(BulkItemAction.NotApplicable)));
        Assert.Equal("already on ring 3", plan.Items[0].Note);
        Assert.Equal("ring 1 → 3", plan.Items[1].Note);
        Assert.Contains($"member via group '{groupName}'", plan.Items[10].Note, StringComparison.Ordinal);
        Assert.Equal("not a member of the queue", plan.Items[11].Note);
        Assert.All(plan.Items.Skip(1).Take(9), i => Assert.Equal((1, 3), (i.RingNumberBefore, i.RingNumber)));
        Assert.Equal(Enumerable.Range(2, 12).Select(l => (int?)l), plan.Items.Select(i => i.Line));
        Assert.Equal(0, org.Calls("PATCH", MemberRoute));
    }

    [Fact]
    public async Task ApplyAsync_SetRingNumber_JournalsLinesAndPreviousRingsAndUndoPutsEachBack()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var (queue, _, users) = await ArrangeQueueAsync(org);
        string[] input = [.. users.Individuals.Select(u => u.Email)];
        var engine = org.NewEngine(engine: new BulkEngineOptions { EffectCheckDelays = [TimeSpan.Zero] });

        var result = await engine.ApplyAsync(await engine.PlanAsync(new BulkRequest(BulkOperation.SetRingNumber, queue, input)
        {
            RingNumber = 5,
            Lines = [.. input.Select((_, i) => (int?)(i + 4_810))],
        }));
        var after = Rings(org, queue, users.Individuals);
        var patches = org.Calls("PATCH", MemberRoute);
        var undone = await engine.ApplyAsync(await engine.PlanUndoAsync(result.Job.Id));

        Assert.Equal((BulkJobStatus.Completed, 10), (result.Job.Status, result.Applied));
        Assert.All(after, ring => Assert.Equal(5, ring));
        Assert.Equal(10, patches);
        Assert.Equal([3, .. Enumerable.Repeat(1, 9)], result.Items.Select(i => i.RingNumberBefore));
        Assert.Equal(4_810, result.Items[0].Line);
        Assert.Equal(result.Items.Select(i => i.Line), undone.Items.Select(i => i.Line));
        Assert.Equal(10, undone.Applied);
        Assert.Equal([3, .. Enumerable.Repeat(1, 9)], Rings(org, queue, users.Individuals));
    }

    [Fact]
    public async Task ResumeAsync_RingJobLeftInFlight_ConfirmsMembersAlreadyOnTheRingAndSendsOnlyTheRest()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var (queue, _, users) = await ArrangeQueueAsync(org);
        var options = new BulkEngineOptions { EffectCheckDelays = [TimeSpan.Zero] };
        using var cts = new CancellationTokenSource();
        // One sender, stopped just before its 4th PATCH leaves.
        var engine = org.NewEngine(engine: new BulkEngineOptions { EffectCheckDelays = options.EffectCheckDelays, MaxConcurrency = 1 },
            handler: BeforeSendHandler.StopBefore(4, request => request.Method == HttpMethod.Patch, cts));
        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.SetRingNumber, queue, [.. users.Individuals.Select(u => u.Id)]) { RingNumber = 4 });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.ApplyAsync(plan, null, cts.Token));
        // A crash between sending and journaling: every item is "in flight", whether it was sent or not.
        await engine.Journal.SetItemStatusAsync(plan.JobId, [.. Enumerable.Range(0, 10)], BulkItemStatus.InFlight);
        var onRing = Rings(org, queue, users.Individuals).Count(r => r == 4);
        org.Requests.Clear();

        var result = await org.NewEngine(engine: options).ResumeAsync(plan.JobId);

        Assert.Equal(3, onRing);
        Assert.Equal(10 - onRing, org.Calls("PATCH", MemberRoute));
        Assert.All(result.Items, i => Assert.Equal(BulkItemStatus.Applied, i.Status));
        Assert.Equal(onRing, result.Items.Count(i => i.Note == "confirmed on resume: the change had been made"));
        Assert.All(Rings(org, queue, users.Individuals), ring => Assert.Equal(4, ring));
    }

    [Fact]
    public async Task ApplyAsync_SetRingNumberTheOrgNeverShows_ReportsTheItemsFailedNotApplied()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var (queue, _, users) = await ArrangeQueueAsync(org);
        org.Emulator.Faults.QueueMemberUpdateDelay = TimeSpan.FromHours(1);
        var engine = org.NewEngine(engine: new BulkEngineOptions { EffectCheckDelays = [TimeSpan.Zero] });

        var result = await engine.ApplyAsync(await engine.PlanAsync(
            new BulkRequest(BulkOperation.SetRingNumber, queue, [users.Individuals[1].Id]) { RingNumber = 2 }));

        Assert.Equal((BulkJobStatus.CompletedWithErrors, 0, 1), (result.Job.Status, result.Applied, result.Failed));
        Assert.Contains("did not show the change", result.Items[0].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(null)]
    public async Task PlanAsync_RingNumberOutsideOneToSix_IsRefusedBeforeAnyRead(int? ring)
    {
        await using var org = await TestOrg.StartAsync(users: 20);
        org.Requests.Clear();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => org.Engine.PlanAsync(
            new BulkRequest(BulkOperation.SetRingNumber, org.State.Queues[0].Id, ["a@example.com"]) { RingNumber = ring }));

        Assert.Contains("between 1 and 6", error.Message, StringComparison.Ordinal);
        Assert.Empty(org.Requests.CountsByEndpoint());
    }

    [Fact]
    public async Task ApplyAsync_RingNumberPerRow_SetsEachRowsRingAndTheDefaultForRowsWithout()
    {
        await using var org = await TestOrg.StartAsync(users: 300);
        var (queue, _, users) = await ArrangeQueueAsync(org);
        string[] input = [.. users.Individuals.Take(3).Select(u => u.Email)];
        var engine = org.NewEngine(engine: new BulkEngineOptions { EffectCheckDelays = [TimeSpan.Zero] });

        var plan = await engine.PlanAsync(new BulkRequest(BulkOperation.SetRingNumber, queue, input) { RingNumber = 2, RingNumbers = [3, 6, null] });
        var result = await engine.ApplyAsync(plan);

        Assert.Equal(["already on ring 3", "ring 1 → 6", "ring 1 → 2"], plan.Items.Select(i => i.Note));
        Assert.Equal((BulkJobStatus.Completed, 2), (result.Job.Status, result.Applied));
        Assert.Equal([3, 6, 2], Rings(org, queue, users.Individuals.Take(3)));
    }

    [Fact]
    public async Task PlanAsync_RingNumberOfOneRowOutsideOneToSix_IsRefusedNamingItsLine()
    {
        await using var org = await TestOrg.StartAsync(users: 20);
        org.Requests.Clear();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => org.Engine.PlanAsync(
            new BulkRequest(BulkOperation.SetRingNumber, org.State.Queues[0].Id, ["a@example.com", "b@example.com"])
            {
                RingNumbers = [2, 7],
                Lines = [3, 4],
            }));

        Assert.StartsWith("Line 4 ('b@example.com'): the ring number must be between 1 and 6; 7 was given.", error.Message, StringComparison.Ordinal);
        Assert.Empty(org.Requests.CountsByEndpoint());
    }

    private static int[] Rings(TestOrg org, string queue, IEnumerable<Emulator.Model.EmulatorUser> users)
    {
        var members = org.State.GetQueueMembers(queue).Where(m => m.MemberBy == "user").ToDictionary(m => m.UserId);
        return [.. users.Select(u => members[u.Id].RingNumber)];
    }

    /// <summary>A queue with ten individual members (the first already on ring 3), one person only via a member group, one outsider.</summary>
    private static async Task<(string Queue, string GroupName, ArrangedUsers Users)> ArrangeQueueAsync(TestOrg org)
    {
        var all = org.State.Users;
        var individuals = all.Take(10).ToList();
        var (queue, groupName) = org.QueueWithMemberGroup(all[100].Id, individuals.Select(u => u.Id));
        (await org.Connection.Api.Queues.SetRingNumberAsync(queue, individuals[0].Id, 3)).EnsureSuccess();
        org.Requests.Clear();
        return (queue, groupName, new ArrangedUsers(individuals, all[100], all[200]));
    }

    private sealed record ArrangedUsers(IReadOnlyList<Emulator.Model.EmulatorUser> Individuals, Emulator.Model.EmulatorUser ViaGroup,
        Emulator.Model.EmulatorUser Outsider);
}
