using System.Diagnostics;
using Xunit.Abstractions;

namespace GenesysCloud.LiveTests;

/// <summary>
/// What the ring number PATCH (<c>PATCH /api/v2/routing/queues/{queueId}/members/{memberId}</c>) really accepts, on the
/// scratch queue and user only: rings 1–6 and not 7 (the suite's limits, from Genesys's Terraform provider), a member
/// added moments ago (the SDK retries its 404), and someone in the queue only through a member group (the suite reports
/// "cannot change here" and never sends it). Everything is put back as it was.
/// </summary>
public sealed class QueueRingLiveTests(ITestOutputHelper output)
{
    private static readonly TimeSpan NoEffectWithin = TimeSpan.FromSeconds(30);

    [LiveFact(ScratchNeeds.Queue | ScratchNeeds.User)]
    public async Task RingNumbers_OneToSixAccepted_SevenRefused()
    {
        using var api = LiveOrg.Connect();
        var queue = await ScratchQueue.ResolveAsync(api, LiveOrg.ScratchQueue!);
        var userId = LiveOrg.ScratchUser!;
        var before = await ScratchQueue.IndividualRingsAsync(api, queue.Id);
        var wasMember = before.TryGetValue(userId, out var ringBefore);
        output.WriteLine($"scratch queue '{queue.Name}' ({queue.Id}); user {userId} {(wasMember ? $"already a member on ring {ringBefore}" : "not a member yet")}");

        try
        {
            if (!wasMember)
            {
                var add = await api.Queues.AddMembersAsync(queue.Id, [userId]);
                Assert.True(add.Success, $"add: {LiveAnswer.Describe(add)}");
            }

            var clock = Stopwatch.StartNew();
            for (var ring = QueuesApi.MinRingNumber; ring <= QueuesApi.MaxRingNumber; ring++)
            {
                var answer = await api.Queues.SetRingNumberAsync(queue.Id, userId, ring);
                output.WriteLine($"ring {ring}: {LiveAnswer.Describe(answer)} after {clock.ElapsedMilliseconds} ms (the SDK retries a 404 of a member added moments ago)");
                Assert.True(answer.Success, $"ring {ring} refused: {LiveAnswer.Describe(answer)}");
            }
            var reads = await Eventually.HoldsAsync($"ring {QueuesApi.MaxRingNumber} shows on the member",
                async ct => (await ScratchQueue.IndividualRingsAsync(api, queue.Id, ct)).GetValueOrDefault(userId) == QueuesApi.MaxRingNumber);
            output.WriteLine($"ring {QueuesApi.MaxRingNumber} showed after {reads} reads");

            // Past the SDK's own check on purpose: what the service says to ring 7.
            var seven = await api.PatchAsync(MemberPath(queue.Id, userId), new { ringNumber = QueuesApi.MaxRingNumber + 1 });
            output.WriteLine($"ring {QueuesApi.MaxRingNumber + 1}: {LiveAnswer.Describe(seven)}");
            Assert.False(seven.Success, $"ring {QueuesApi.MaxRingNumber + 1} was accepted: the suite's limit of {QueuesApi.MaxRingNumber} is too low.");
            Assert.Equal(400, seven.StatusCode);
        }
        finally
        {
            if (!wasMember)
                await api.Queues.RemoveMembersAsync(queue.Id, [userId]);
            else if (ringBefore is { } ring)
                await api.Queues.SetRingNumberAsync(queue.Id, userId, ring);
        }
    }

    [LiveFact(ScratchNeeds.Queue)]
    public async Task RingNumber_MemberOnlyThroughAGroup_IsRefusedOrChangesNothing()
    {
        using var api = LiveOrg.Connect();
        var queue = await ScratchQueue.ResolveAsync(api, LiveOrg.ScratchQueue!);
        var individuals = await ScratchQueue.IndividualRingsAsync(api, queue.Id);
        var viaGroup = (await api.Queues.GetMembersAsync(queue.Id, QueueMemberFilter.ThroughGroups)).FirstOrDefault(m => !individuals.ContainsKey(m.Id));
        Assert.True(viaGroup is not null,
            $"The scratch queue '{queue.Name}' has nobody who is a member only through a member group: give it a member group with someone who is not an individual member.");
        var ringBefore = viaGroup.RingNumber ?? QueuesApi.MinRingNumber;
        var ringAsked = ringBefore == 2 ? 3 : 2;

        var answer = await api.Queues.SetRingNumberAsync(queue.Id, viaGroup.Id, ringAsked);

        output.WriteLine($"ring {ringAsked} for {viaGroup.Name} ({viaGroup.Id}), in '{queue.Name}' only through a group, on ring {ringBefore}: {LiveAnswer.Describe(answer)}");
        if (!answer.Success)
            return;
        var changed = await Eventually.ShowsWithinAsync(async ct => await RingThroughGroupAsync(api, queue.Id, viaGroup.Id, ct) == ringAsked, NoEffectWithin);
        if (changed)
            await api.Queues.SetRingNumberAsync(queue.Id, viaGroup.Id, ringBefore);
        output.WriteLine(changed ? "the ring took effect (put back)" : $"accepted, and the ring did not change within {NoEffectWithin.TotalSeconds:0} s");
        Assert.False(changed, "A ring number for a member through a group took effect: the suite reports such people 'cannot change here' needlessly.");
    }

    private static async Task<int?> RingThroughGroupAsync(GenesysCloudApi api, string queueId, string userId, CancellationToken ct) =>
        (await api.Queues.GetMembersAsync(queueId, QueueMemberFilter.ThroughGroups, ct)).FirstOrDefault(m => m.Id == userId)?.RingNumber;

    /// <summary>The single-member PATCH, for the one call the SDK would refuse to send.</summary>
    private static string MemberPath(string queueId, string userId) =>
        $"/api/v2/routing/queues/{Uri.EscapeDataString(queueId)}/members/{Uri.EscapeDataString(userId)}";
}
