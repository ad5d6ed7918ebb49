using System.Collections.Concurrent;
using GenesysCloud.Bulk.Targets;

namespace GenesysCloud.Bulk.Resolution;

/// <summary>
/// Turns identifiers into users with as few calls as possible. Looking them up costs ceil(ids/100) calls of
/// <c>GET /users?id=…</c> plus ceil(others/100) EXACT searches; listing the directory costs ceil(orgUsers/500) calls
/// (nothing while the connection's cache is fresh). The cheaper one is chosen by that arithmetic. When the org's size is
/// unknown, page 1 of the listing is read first: it tells the size and resolves some identifiers, so the probe is never wasted.
/// When the job's target can take its state from the listing (<see cref="IListingObserver"/>), listed pages ask for its
/// expand and show each user to it, so the state is not read again; the cached directory keeps only the few matching fields.
/// </summary>
internal sealed class UserResolver(BulkConnection connection)
{
    public const int LookupValuesPerCall = UsersApi.MaxSearchValues;
    public const int ListPageSize = 500;

    private GenesysCloudApi Api => connection.Api;

    public static int SearchCalls(IEnumerable<Identifier> lookups)
    {
        var ids = 0;
        var others = 0;
        foreach (var lookup in lookups)
        {
            if (lookup.Kind == LookupKind.Id) ids++;
            else others++;
        }

        return Pages(ids, UsersApi.MaxIdsPerCall) + Pages(others, LookupValuesPerCall);
    }

    public static int ListCalls(int orgUsers) => Math.Max(1, Pages(orgUsers, ListPageSize));

    public async Task<(UserDirectory Users, ResolutionStrategy Strategy)> ResolveAsync(IReadOnlyCollection<Identifier> lookups,
        IListingObserver? observer, CancellationToken ct)
    {
        var cache = connection.Directory;
        if (lookups.Count == 0) return (new UserDirectory([], connection.Time.GetUtcNow()), ResolutionStrategy.None);
        if (cache.Fresh is { } fresh) return (fresh, ResolutionStrategy.CachedDirectory);

        var searchCalls = SearchCalls(lookups);
        if (searchCalls <= 1) return (await LookUpDirectoryAsync(lookups, ct), ResolutionStrategy.Search);
        if (cache.LastKnownUserCount is { } known)
        {
            return ListCalls(known) <= searchCalls
                ? await ListAsync(firstPage: null, observer, ct)
                : (await LookUpDirectoryAsync(lookups, ct), ResolutionStrategy.Search);
        }

        var first = await ReadPageAsync(1, observer, ct);
        cache.Remember((int)(first.Total ?? first.Entities.Count));
        var partial = new UserDirectory(first.Entities, connection.Time.GetUtcNow());
        var unresolved = lookups.Where(l => partial.Find(l) is null).ToList();
        if ((first.PageCount ?? 1) - 1 <= SearchCalls(unresolved)) return await ListAsync(first, observer, ct);
        partial.Add(await LookUpAsync(unresolved, ct));
        return (partial, ResolutionStrategy.Search);
    }

    private async Task<(UserDirectory, ResolutionStrategy)> ListAsync(EntityListing<UserSummary>? firstPage, IListingObserver? observer,
        CancellationToken ct)
    {
        var cache = connection.Directory;
        await cache.LoadGate.WaitAsync(ct);
        try
        {
            if (cache.Fresh is { } loadedMeanwhile) return (loadedMeanwhile, ResolutionStrategy.CachedDirectory);
            var startedAt = connection.Time.GetUtcNow();
            var first = firstPage ?? await ReadPageAsync(1, observer, ct);
            var directory = new UserDirectory([], startedAt, (int)Math.Min(first.Total ?? 0, int.MaxValue));
            var pages = new PagesInOrder<UserSummary>(directory.Add);
            pages.Add(1, first.Entities);
            await Parallel.ForEachAsync(Enumerable.Range(2, Math.Max(0, (first.PageCount ?? 1) - 1)),
                new ParallelOptions { MaxDegreeOfParallelism = BulkTarget.MaxConcurrentReads, CancellationToken = ct },
                async (number, token) => pages.Add(number, (await ReadPageAsync(number, observer, token)).Entities));
            cache.Store(directory);
            return (directory, ResolutionStrategy.Directory);
        }
        finally
        {
            cache.LoadGate.Release();
        }
    }

    /// <summary>A directory page as summaries; with an observer, read with its expand and shown to it user by user.</summary>
    private async Task<EntityListing<UserSummary>> ReadPageAsync(int number, IListingObserver? observer, CancellationToken ct)
    {
        if (observer is null) return await Api.Users.GetSummaryPageAsync(number, ListPageSize, ct);
        var page = await Api.Users.GetExpandedPageAsync(number, [observer.Expand], ListPageSize, ct);
        foreach (var user in page.Entities) observer.Observe(user);
        return new EntityListing<UserSummary>
        {
            Entities = [.. page.Entities.Select(Summary)],
            PageSize = page.PageSize,
            PageNumber = page.PageNumber,
            Total = page.Total,
            PageCount = page.PageCount,
        };
    }

    private async Task<UserDirectory> LookUpDirectoryAsync(IEnumerable<Identifier> lookups, CancellationToken ct) =>
        new(await LookUpAsync(lookups, ct), connection.Time.GetUtcNow());

    /// <summary>Ids through <c>GET /users?id=</c> (the documented bulk read; search on field id is not), the rest by EXACT search.</summary>
    private async Task<IReadOnlyCollection<UserSummary>> LookUpAsync(IEnumerable<Identifier> lookups, CancellationToken ct)
    {
        var batches = lookups.GroupBy(l => l.Kind == LookupKind.Id)
            .SelectMany(kind => kind.Select(l => l.Key).Distinct().Chunk(kind.Key ? UsersApi.MaxIdsPerCall : LookupValuesPerCall)
                .Select(values => (ById: kind.Key, Values: values)))
            .ToList();
        var found = new ConcurrentBag<UserSummary>();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = BulkTarget.MaxConcurrentReads, CancellationToken = ct },
            async (batch, token) =>
            {
                var users = batch.ById
                    ? (await Api.Users.GetByIdsAsync(batch.Values, null, token)).Select(Summary)
                    : await Api.Users.SearchByEmailOrUsernameAsync(batch.Values, token);
                foreach (var user in users) found.Add(user);
            });
        return found;
    }

    private static UserSummary Summary(User user) =>
        new() { Id = user.Id, Name = user.Name, Email = user.Email, Username = user.Username, State = user.State };

    private static int Pages(int count, int perPage) => (count + perPage - 1) / perPage;
}
