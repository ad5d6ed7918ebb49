using GenesysCloud.Benchmarks.Harness;

namespace GenesysCloud.Benchmarks.Listing;

/// <summary>
/// The suite's directory load: page 1 tells the page count, then pages 2..N are fetched concurrently
/// (8 at a time, as the bulk engine does) through the SDK's shared per-token rate limiter.
/// </summary>
public static class ConcurrentListContender
{
    private const int MaxConcurrentPages = 8;

    public static Contender Create() => new(ListUsersBenchmark.Name, "concurrent", RunAsync);

    private static async Task<ContenderOutcome> RunAsync(
        GenesysConfig config, GenesysApiOptions options, ContenderRequest request, CancellationToken ct)
    {
        using var api = new GenesysCloudApi(new GenesysAuth(config), options);
        var first = await api.Users.GetPageAsync(1, ListUsersBenchmark.PageSize, ct);
        var pageCount = first.PageCount ?? 1;
        var pages = new IReadOnlyList<User>[pageCount];
        pages[0] = first.Entities;
        await Parallel.ForEachAsync(
            Enumerable.Range(2, Math.Max(0, pageCount - 1)),
            new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentPages, CancellationToken = ct },
            async (number, token) => pages[number - 1] = (await api.Users.GetPageAsync(number, ListUsersBenchmark.PageSize, token)).Entities);
        var users = pages.SelectMany(p => p).ToList();
        return new ContenderOutcome(true, users.Count, IdDigest.Of(users.Select(u => u.Id)));
    }
}
