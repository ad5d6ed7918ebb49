using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Listing;

/// <summary>The SDK's plain listing: pages of 500 fetched one after the other.</summary>
public static class SequentialListContender
{
    public static Contender Create() => new(ListUsersBenchmark.Name, "sdk-sequential", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(
        GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(config), options);
        var users = new List<User>(request.ExpectedCount);
        await foreach (var user in api.Users.ListAsync(pageSize: ListUsersBenchmark.PageSize, ct: ct))
            users.Add(user);
        return new ContenderOutcome(true, users.Count, IdDigest.Of(users.Select(u => u.Id)));
    }
}
