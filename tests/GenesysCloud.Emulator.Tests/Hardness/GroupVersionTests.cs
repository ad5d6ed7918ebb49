using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Hardness;

/// <summary>FACTS §3 and §8: reads of a group lag behind writes, and someone else may bump the version between two batches.</summary>
public sealed class GroupVersionTests : EmulatorTest
{
    private static readonly TimeSpan Lag = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new();

    private string GroupId => Org.Groups[1].Id;

    protected override EmulatorOptions Configure(EmulatorOptions options)
    {
        options.Time = _time;
        options.Faults.GroupVersionReadLag = Lag;
        return options;
    }

    private string[] Outsiders(int count) =>
        [.. Org.Users.Select(u => u.Id).Except(Org.GetGroupReachIds(GroupId)).Take(count)];

    [Fact]
    public async Task AfterAnAdd_ReadsShowTheOldVersionUntilTheLagHasPassed()
    {
        var version = await ReadVersionAsync();
        using var add = await AddAsync(Outsiders(1), version);

        var duringLag = await ReadVersionAsync();
        _time.Advance(Lag);
        var afterLag = await ReadVersionAsync();

        Assert.Equal(HttpStatusCode.Accepted, add.StatusCode);
        Assert.Equal(version + 1, Org.GetGroupVersion(GroupId));
        Assert.Equal(version, duringLag);
        Assert.Equal(version + 1, afterLag);
    }

    [Fact]
    public async Task AddWithTheVersionReadDuringTheLag_Returns409ResourceConflict()
    {
        using var first = await AddAsync(Outsiders(2)[..1], await ReadVersionAsync());

        using var second = await AddAsync(Outsiders(2)[1..], await ReadVersionAsync());

        var body = await second.AssertErrorAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Equal("Resource conflict - Unexpected version was provided", body.GetProperty("message").GetString());
        Assert.DoesNotContain(Outsiders(2)[1], Org.GetGroupMemberIds(GroupId));
    }

    [Fact]
    public async Task ListAndSearch_ShowTheLaggingVersionToo()
    {
        var group = Org.Groups[1];
        Org.AddGroupMembers(GroupId, Outsiders(1));

        var listed = (await Api.GetJsonAsync("/api/v2/groups?pageSize=500")).GetProperty("entities").EnumerateArray()
            .Single(g => g.GetProperty("id").GetString() == GroupId);
        using var search = await Api.PostAsync("/api/v2/groups/search", new
        {
            query = new[] { new { type = "EXACT", fields = new[] { "name" }, value = group.Name } },
        });
        var found = (await search.JsonAsync(HttpStatusCode.OK)).GetProperty("results")[0];

        Assert.Equal(group.Version, listed.GetProperty("version").GetInt32());
        Assert.Equal(group.Version, found.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ExternalEditsAfterEveryWrite_AnyVersionShortOfAllOfThemGets409(int edits)
    {
        Emulator.Faults.ExternalVersionBumpEvery = 1;
        Emulator.Faults.ExternalVersionBumpSize = edits;
        var version = Org.GetGroupVersion(GroupId);

        using var first = await AddAsync(Outsiders(2)[..1], version);
        using var behind = await AddAsync(Outsiders(2)[1..], version + edits); // counted forward, plus all edits but the last

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await behind.AssertErrorAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Equal(version + 1 + edits, Org.GetGroupVersion(GroupId));
    }

    [Fact]
    public async Task ExternalBumpEveryThirdWrite_LeavesTheOtherWritesAlone()
    {
        Emulator.Faults.ExternalVersionBumpEvery = 3;
        var version = Org.GetGroupVersion(GroupId);

        foreach (var id in Outsiders(3))
            (await AddAsync([id], Org.GetGroupVersion(GroupId))).Dispose();

        Assert.Equal(version + 4, Org.GetGroupVersion(GroupId));
    }

    [Fact]
    public async Task ExternalBumpRateOne_BumpsAfterEveryWrite()
    {
        Emulator.Faults.ExternalVersionBumpRate = 1;
        var version = Org.GetGroupVersion(GroupId);
        var member = Org.GetGroupMemberIds(GroupId).First();

        using var remove = await Api.DeleteAsync($"/api/v2/groups/{GroupId}/members?ids={member}");

        Assert.Equal(HttpStatusCode.Accepted, remove.StatusCode);
        Assert.Equal(version + 2, Org.GetGroupVersion(GroupId));
    }

    [Fact]
    public async Task InjectedConflictRateOne_MemberDeleteReturns409AndRemovesNobody()
    {
        Emulator.Faults.InjectedConflictRate = 1;
        var members = Org.GetGroupMemberIds(GroupId);

        using var response = await Api.DeleteAsync($"/api/v2/groups/{GroupId}/members?ids={members.First()}");

        await response.AssertErrorAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Equal(members.Order(), Org.GetGroupMemberIds(GroupId).Order());
    }

    private async Task<int> ReadVersionAsync() =>
        (await Api.GetJsonAsync($"/api/v2/groups/{GroupId}")).GetProperty("version").GetInt32();

    private Task<HttpResponseMessage> AddAsync(IEnumerable<string> ids, int version) =>
        Api.PostAsync($"/api/v2/groups/{GroupId}/members", new { memberIds = ids.ToArray(), version });
}
