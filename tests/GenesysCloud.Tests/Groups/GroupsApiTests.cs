using GenesysCloud.Tests.Support;

namespace GenesysCloud.Tests.Groups;

public sealed class GroupsApiTests
{
    private const string MembersRoute = "/api/v2/groups/{groupId}/members";
    private const string GroupRoute = "/api/v2/groups/{groupId}";

    [Fact]
    public async Task GetAsync_ReturnsGroupWithCurrentVersion()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Groups[0];

        var response = await api.Groups.GetAsync(expected.Id);

        Assert.True(response.Success, response.Error);
        Assert.Equal(expected.Name, response.Data!.Name);
        Assert.Equal(emulator.State.GetGroupVersion(expected.Id), response.Data.Version);
        Assert.Equal(expected.MemberCount, response.Data.MemberCount);
    }

    [Fact]
    public async Task SearchAsync_NameFragment_FindsGroup()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var expected = emulator.State.Groups[1];
        var fragment = expected.Name[1..Math.Min(expected.Name.Length, 6)];

        var found = await api.Groups.SearchAsync(fragment);

        Assert.Contains(found, g => g.Id == expected.Id);
        Assert.All(found, g => Assert.Contains(fragment, g.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetMembersAsync_ReturnsEveryMember()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);
        var groupId = emulator.State.Groups[0].Id;
        emulator.State.AddGroupMembers(groupId, emulator.State.Users.Take(120).Select(u => u.Id));

        var members = await api.Groups.GetMembersAsync(groupId);

        Assert.True(emulator.State.GetGroupMemberIds(groupId).SetEquals(members.Select(m => m.Id)));
    }

    [Fact]
    public async Task AddMembersAsync_1000Users_OneVersionReadAndTwentyAddsOfAtMost50()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Users = 1100);
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var groupId = emulator.State.Groups[0].Id;
        var existing = emulator.State.GetGroupMemberIds(groupId);
        var newIds = emulator.State.Users.Select(u => u.Id).Where(id => !existing.Contains(id)).Take(1000).ToList();
        var versionBefore = emulator.State.GetGroupVersion(groupId);
        emulator.Requests.Clear();

        var response = await api.Groups.AddMembersAsync(groupId, newIds);

        Assert.True(response.Success, response.Error);
        Assert.Equal(1, emulator.Requests.Count("GET", GroupRoute));
        Assert.Equal(20, emulator.Requests.Count("POST", MembersRoute));
        Assert.Equal(21, emulator.Requests.Entries.Count(e => e.Path.StartsWith("/api/", StringComparison.Ordinal)));
        Assert.All(recorder.Requests.Where(r => r.Method == "POST" && r.Uri.AbsolutePath.EndsWith("/members", StringComparison.Ordinal)),
            r => Assert.InRange(CountIds(r.Body!), 1, 50));
        Assert.True(emulator.State.GetGroupMemberIds(groupId).IsSupersetOf(newIds));
        Assert.Equal(versionBefore + 20, emulator.State.GetGroupVersion(groupId));
    }

    [Fact]
    public async Task AddMembersAsync_SomeoneElseEditedTheGroup_TriesTheNextVersionAtOnceWithoutReadingAgain()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var groupId = emulator.State.Groups[0].Id;
        var existing = emulator.State.GetGroupMemberIds(groupId);
        var candidates = emulator.State.Users.Select(u => u.Id).Where(id => !existing.Contains(id)).ToList();
        var toAdd = candidates.Take(60).ToList();
        var outsider = candidates[^1];
        var interfered = 0;
        recorder.BeforeSend = request =>
        {
            // Someone else changes the group between our version read and our first add.
            if (request.Method == HttpMethod.Post && Interlocked.Exchange(ref interfered, 1) == 0)
                emulator.State.AddGroupMembers(groupId, [outsider]);
            return Task.CompletedTask;
        };

        var response = await api.Groups.AddMembersAsync(groupId, toAdd);

        Assert.True(response.Success, response.Error);
        var adds = emulator.Requests.Entries.Where(e => e.Method == "POST" && e.RouteTemplate == MembersRoute).Select(e => e.StatusCode).ToList();
        Assert.Equal([409, 202, 202], adds);
        Assert.Equal(1, emulator.Requests.Count("GET", GroupRoute)); // the first read only: the next version was right
        Assert.True(emulator.State.GetGroupMemberIds(groupId).IsSupersetOf(toAdd));
    }

    [Fact]
    public async Task RemoveMembersAsync_120Members_ThreeDeletesOfAtMost50()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var recorder = new RecordingHandler();
        using var api = TestEmulator.Client(emulator, handler: recorder);
        var groupId = emulator.State.Groups[0].Id;
        var ids = emulator.State.Users.Take(120).Select(u => u.Id).ToList();
        emulator.State.AddGroupMembers(groupId, ids);

        var response = await api.Groups.RemoveMembersAsync(groupId, ids);

        Assert.True(response.Success, response.Error);
        var deletes = recorder.Requests.Where(r => r.Method == "DELETE").ToList();
        Assert.Equal(3, deletes.Count);
        Assert.All(deletes, d => Assert.InRange(Uri.UnescapeDataString(d.Uri.Query).Split(',').Length, 1, 50));
        Assert.Empty(emulator.State.GetGroupMemberIds(groupId).Intersect(ids));
    }

    [Fact]
    public async Task AddMembersAsync_UnknownGroup_ReturnsNotFoundWithoutAdding()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var response = await api.Groups.AddMembersAsync("00000000-0000-0000-0000-000000000000", [emulator.State.Users[0].Id]);

        Assert.False(response.Success);
        Assert.Equal(404, response.StatusCode);
        Assert.Equal(0, emulator.Requests.Count("POST", MembersRoute));
    }

    [Fact]
    public async Task ListAsync_ReturnsEveryGroup()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var api = TestEmulator.Client(emulator);

        var ids = new List<string>();
        await foreach (var group in api.Groups.ListAsync(pageSize: 3))
            ids.Add(group.Id);

        Assert.Equal(emulator.State.Groups.Select(g => g.Id).Order(), ids.Order());
    }

    private static int CountIds(string body)
    {
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return document.RootElement.GetProperty("memberIds").GetArrayLength();
    }
}
