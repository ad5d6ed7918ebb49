using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Queues;

public sealed class QueuesApiTests
{
    [Fact]
    public async Task GetAsync_ReturnsQueue()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Queues[0];

        var response = await api.Queues.GetAsync(expected.Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(expected.Name, response.Data!.Name);
    }

    [Fact]
    public async Task SearchAsync_Fragment_UsesWildcardNameFilter()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var expected = emulator.State.Queues[2];
        var fragment = expected.Name[1..Math.Min(expected.Name.Length, 5)];

        var found = await api.Queues.SearchAsync(fragment);

        Assert.Contains(found, q => q.Id == expected.Id);
        Assert.All(found, q => Assert.Contains(fragment, q.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(recorder.Requests, r => Uri.UnescapeDataString(r.Uri.Query).Contains($"name=*{fragment}*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetMembersAsync_FollowsNextUriAcrossPages()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var queueId = emulator.State.Queues[0].Id;
        emulator.State.AddQueueMembers(queueId, emulator.State.Users.Take(180).Select(u => u.Id));

        var members = await api.Queues.GetMembersAsync(queueId);

        // Without memberBy the listing holds the people of the queue's member groups too.
        Assert.True(emulator.State.GetQueueMembers(queueId).Select(m => m.UserId).ToHashSet().SetEquals(members.Select(m => m.Id)));
        Assert.True(emulator.Requests.Count("GET", "/api/v2/routing/queues/{queueId}/members") >= 2);
    }

    [Fact]
    public async Task GetMembersAsync_MemberByUser_ListsOnlyIndividualMembers()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var queueId = emulator.State.Queues[0].Id;
        var group = emulator.State.Groups[0].Id;
        emulator.State.AddGroupMembers(group, emulator.State.Users.Skip(50).Take(5).Select(u => u.Id));
        emulator.State.SetQueueMemberGroups(queueId, [group]);
        emulator.State.AddQueueMembers(queueId, emulator.State.Users.Take(3).Select(u => u.Id));

        var individuals = await api.Queues.GetMembersAsync(queueId, QueueMemberFilter.Individuals);
        var viaGroups = await api.Queues.GetMembersAsync(queueId, QueueMemberFilter.ThroughGroups);

        Assert.True(emulator.State.GetQueueMemberIds(queueId).SetEquals(individuals.Select(m => m.Id)));
        Assert.All(individuals, m => Assert.Equal("user", m.MemberBy));
        Assert.Superset(emulator.State.Users.Skip(50).Take(5).Select(u => u.Id).ToHashSet(), viaGroups.Select(m => m.Id).ToHashSet());
        var queue = (await api.Queues.GetAsync(queueId)).EnsureSuccess()!;
        Assert.Equal(group, Assert.Single(queue.MemberGroups!).Id);
    }

    [Fact]
    public async Task AddAndRemoveMembersAsync_250Users_CallsOfAtMost100()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Users = 300);
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var queueId = emulator.State.Queues[1].Id;
        var ids = emulator.State.Users.Take(250).Select(u => u.Id).ToList();

        var added = await api.Queues.AddMembersAsync(queueId, ids);
        Assert.True(added.Success, added.Error);
        Assert.True(emulator.State.GetQueueMemberIds(queueId).IsSupersetOf(ids));

        var removed = await api.Queues.RemoveMembersAsync(queueId, ids);
        Assert.True(removed.Success, removed.Error);
        Assert.Empty(emulator.State.GetQueueMemberIds(queueId).Intersect(ids));

        var posts = recorder.Requests.Where(r => r.Method == "POST" && r.Uri.AbsolutePath.EndsWith("/members", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, posts.Count);
        Assert.All(posts, p => Assert.InRange(System.Text.Json.JsonDocument.Parse(p.Body!).RootElement.GetArrayLength(), 1, 100));
        Assert.Equal(3, posts.Count(p => p.Uri.Query.Contains("delete=true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListAsync_ReturnsEveryQueue()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var ids = new List<string>();
        await foreach (var queue in api.Queues.ListAsync(pageSize: 2))
            ids.Add(queue.Id);

        Assert.Equal(emulator.State.Queues.Select(q => q.Id).Order(), ids.Order());
    }
}
