using System.Collections.Concurrent;
using GenesysCloud.Bulk.Http;

namespace GenesysCloud.Bulk.Resolution;

/// <summary>
/// Turns identifiers into users with as few calls as possible. Search costs ceil(ids/100) + ceil(others/100)
/// calls; listing the directory costs ceil(orgUsers/500) calls (nothing while the connection's cache is fresh).
/// The cheaper one is chosen by that arithmetic. When the org's size is unknown, page 1 of the listing is read
/// first: it tells the size and resolves some identifiers, so the probe is never wasted.
/// </summary>
internal sealed class UserResolver(ApiCaller api)
{
    private readonly BulkConnection _connection = api.Connection;

    public const int SearchValuesPerCall = 100;
    public const int ListPageSize = 500;
    private const string UsersEndpoint = "/api/v2/users";
    private const string ListingUsers = "Listing users";

    public static int SearchCalls(IEnumerable<Identifier> lookups)
    {
        var ids = 0;
        var others = 0;
        foreach (var lookup in lookups)
        {
            if (lookup.Kind == LookupKind.Id) ids++;
            else others++;
        }

        return Pages(ids, SearchValuesPerCall) + Pages(others, SearchValuesPerCall);
    }

    public static int ListCalls(int orgUsers) => Math.Max(1, Pages(orgUsers, ListPageSize));

    public async Task<(UserDirectory Users, ResolutionStrategy Strategy)> ResolveAsync(IReadOnlyCollection<Identifier> lookups, CancellationToken ct)
    {
        var cache = _connection.Directory;
        if (lookups.Count == 0) return (new UserDirectory([], _connection.Time.GetUtcNow()), ResolutionStrategy.None);
        if (cache.Fresh is { } fresh) return (fresh, ResolutionStrategy.CachedDirectory);

        var searchCalls = SearchCalls(lookups);
        if (searchCalls <= 1) return (await SearchDirectoryAsync(lookups, ct), ResolutionStrategy.Search);
        if (cache.LastKnownUserCount is { } known)
        {
            return ListCalls(known) <= searchCalls
                ? await ListAsync(firstPage: null, ct)
                : (await SearchDirectoryAsync(lookups, ct), ResolutionStrategy.Search);
        }

        var first = await api.GetPageAsync(UsersEndpoint, 1, ListPageSize, ListingUsers, ct);
        cache.Remember(first.Total ?? first.Entities.Count);
        var partial = new UserDirectory(first.Entities.Select(WireJson.User).OfType<DirectoryUser>(), _connection.Time.GetUtcNow());
        var unresolved = lookups.Where(l => partial.Find(l) is null).ToList();
        if ((first.PageCount ?? 1) - 1 <= SearchCalls(unresolved)) return await ListAsync(first, ct);
        partial.Add(await SearchAsync(unresolved, ct));
        return (partial, ResolutionStrategy.Search);
    }

    private async Task<(UserDirectory, ResolutionStrategy)> ListAsync(ListPage? firstPage, CancellationToken ct)
    {
        var cache = _connection.Directory;
        await cache.LoadGate.WaitAsync(ct);
        try
        {
            if (cache.Fresh is { } loadedMeanwhile) return (loadedMeanwhile, ResolutionStrategy.CachedDirectory);
            var startedAt = _connection.Time.GetUtcNow();
            var users = await api.GetAllAsync(UsersEndpoint, ListPageSize, WireJson.User, ListingUsers, ct, firstPage);
            var directory = new UserDirectory(users, startedAt);
            cache.Store(directory);
            return (directory, ResolutionStrategy.Directory);
        }
        finally
        {
            cache.LoadGate.Release();
        }
    }

    private async Task<UserDirectory> SearchDirectoryAsync(IEnumerable<Identifier> lookups, CancellationToken ct) =>
        new(await SearchAsync(lookups, ct), _connection.Time.GetUtcNow());

    private async Task<IReadOnlyCollection<DirectoryUser>> SearchAsync(IEnumerable<Identifier> lookups, CancellationToken ct)
    {
        var batches = lookups.GroupBy(l => l.Kind == LookupKind.Id)
            .SelectMany(kind => kind.Select(l => l.Key).Distinct().Chunk(SearchValuesPerCall)
                .Select(values => (Fields: kind.Key ? new[] { "id" } : ["email", "username"], Values: values)))
            .ToList();
        var found = new ConcurrentBag<DirectoryUser>();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = ApiCaller.MaxConcurrentReads, CancellationToken = ct },
            async (batch, token) =>
            {
                foreach (var user in await SearchValuesAsync(batch.Fields, batch.Values, token)) found.Add(user);
            });
        return found;
    }

    private async Task<List<DirectoryUser>> SearchValuesAsync(string[] fields, string[] values, CancellationToken ct)
    {
        var users = new List<DirectoryUser>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            var request = new
            {
                pageSize = SearchValuesPerCall,
                pageNumber,
                query = new[] { new { type = "EXACT", fields, values } },
            };
            var response = await api.SendAsync((client, token) => client.SendAsync(HttpMethod.Post, "/api/v2/users/search", request, null, retrySafe: true, token), ct);
            var body = WireJson.Require(response, "Searching users");
            var page = WireJson.Users(body, "results").ToList();
            users.AddRange(page);
            if (page.Count == 0 || pageNumber >= (WireJson.Int(body, "pageCount") ?? 1)) return users;
        }
    }

    private static int Pages(int count, int perPage) => (count + perPage - 1) / perPage;
}
