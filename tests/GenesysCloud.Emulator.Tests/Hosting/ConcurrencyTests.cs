using System.Net;

namespace GenesysCloud.Emulator.Tests.Hosting;

public sealed class ConcurrencyTests : EmulatorTest
{
    [Fact]
    public async Task ParallelAddsWithTheSameVersion_ExactlyOneWins()
    {
        var group = Org.Groups[1];
        var outsiders = Org.Users.Select(u => u.Id).Except(Org.GetGroupMemberIds(group.Id)).Take(20).ToArray();

        var responses = await Task.WhenAll(outsiders.Select(id =>
            Api.PostAsync($"/api/v2/groups/{group.Id}/members", new { memberIds = new[] { id }, version = group.Version })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(group.Version + 1, Org.GetGroupVersion(group.Id));
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task ParallelQueueAdds_AllLand()
    {
        var queue = Org.Queues[0].Id;
        var outsiders = Org.Users.Select(u => u.Id).Except(Org.GetQueueMembers(queue).Select(m => m.UserId)).Take(40).ToArray();

        var responses = await Task.WhenAll(outsiders.Chunk(4).Select(chunk =>
            Api.PostAsync($"/api/v2/routing/queues/{queue}/members", chunk.Select(id => new { id }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Superset(outsiders.ToHashSet(), Org.GetQueueMemberIds(queue).ToHashSet());
        foreach (var response in responses)
            response.Dispose();
    }
}
