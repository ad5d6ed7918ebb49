using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Listing;

/// <summary>The SDK's plain listing: pages of 500 fetched one after the other.</summary>
public static class SequentialListContender
{
    public static Contender<ListingScenario, IReadOnlyList<User>> Create() => new("sdk-sequential", RunAsync);

    private static async Task<IReadOnlyList<User>> RunAsync(BenchmarkTarget target, ListingScenario scenario, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(target.Config), target.ApiOptions);
        var users = new List<User>(scenario.ExpectedUserIds.Count);
        await foreach (var user in api.Users.ListAsync(pageSize: ListUsersBenchmark.PageSize, ct: ct))
            users.Add(user);
        return users;
    }
}
