using System.Runtime.CompilerServices;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Users: <c>/api/v2/users</c> and <c>/api/v2/users/search</c>.</summary>
public sealed partial class UsersApi
{
    /// <summary>Most values one EXACT search criterion carries per call.</summary>
    public const int MaxSearchValues = 100;

    /// <summary>
    /// Most ids one <c>GET /api/v2/users?id=…</c> carries (the page size is set to match). No source states the real
    /// limit; 100 keeps the URL short and matches the other bulk reads.
    /// </summary>
    public const int MaxIdsPerCall = 100;

    private const string UsersPath = "/api/v2/users";

    private static readonly string[] QueryStringFields = ["name", "email", "username", "department", "title"];
    private static readonly string[] LoginFields = ["email", "username"];
    private readonly GenesysCloudApi _api;

    internal UsersApi(GenesysCloudApi api) => _api = api;

    /// <summary>Gets one user; a 404 comes back as a failed response.</summary>
    public Task<ApiResponse<User>> GetAsync(string userId, CancellationToken ct = default) =>
        _api.SendAsync<User>(HttpMethod.Get, $"{UsersPath}/{PathSegment.Escape(userId)}", ct: ct);

    /// <summary>QUERY_STRING search over name, email, username, department and title; every page.</summary>
    public Task<IReadOnlyList<User>> SearchAsync(string query, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return SearchPager.SearchAllAsync<User>(_api, $"{UsersPath}/search",
            [new { type = "QUERY_STRING", fields = QueryStringFields, value = query.Trim() }], ct);
    }

    /// <summary>The user with exactly this email, or null.</summary>
    public async Task<User?> SearchByEmailAsync(string email, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var found = await SearchAllAsync([new { type = "EXACT", fields = new[] { "email" }, value = email.Trim() }], ct, 1)
            .ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>
    /// Looks up many emails with EXACT criteria carrying up to <see cref="MaxSearchValues"/> values per call.
    /// Returns the users found; emails without a user are simply absent.
    /// </summary>
    public async Task<IReadOnlyList<User>> SearchByEmailsAsync(IEnumerable<string> emails, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var distinct = emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var users = new List<User>();
        foreach (var batch in distinct.Chunk(MaxSearchValues))
            users.AddRange(await SearchAllAsync([new { type = "EXACT", fields = new[] { "email" }, values = batch }], ct).ConfigureAwait(false));
        return users;
    }

    /// <summary>
    /// Users whose email or username is exactly one of <paramref name="values"/> (EXACT criteria, up to
    /// <see cref="MaxSearchValues"/> values per call; chunks are searched one after another), as <see cref="UserSummary"/>s.
    /// Search sees new users only after an index delay. Throws <see cref="GenesysApiException"/> on failure.
    /// </summary>
    public async Task<IReadOnlyList<UserSummary>> SearchByEmailOrUsernameAsync(IEnumerable<string> values, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var users = new List<UserSummary>();
        foreach (var batch in distinct.Chunk(MaxSearchValues))
        {
            users.AddRange(await SearchPager.SearchAllAsync<UserSummary>(_api, $"{UsersPath}/search",
                [new { type = "EXACT", fields = LoginFields, values = batch }], ct).ConfigureAwait(false));
        }
        return users;
    }

    /// <summary>Streams every user, lazily (page size up to 500).</summary>
    public IAsyncEnumerable<User> ListAsync(int pageSize = PageSizes.Lists, int? maxPages = null, CancellationToken ct = default) =>
        Pager.ItemsAsync<User>(_api, UsersPath, null, pageSize, maxPages, ct);

    /// <summary>
    /// One page of the directory (<c>GET /api/v2/users</c>, 500 per page by default) as <see cref="UserSummary"/>s, with the
    /// totals, so callers can read pages 2..PageCount concurrently and keep 100,000 users small. Throws on failure.
    /// </summary>
    public Task<EntityListing<UserSummary>> GetSummaryPageAsync(int pageNumber, int pageSize = PageSizes.Lists, CancellationToken ct = default) =>
        Pager.GetPageAsync<UserSummary>(_api, UsersPath, null, pageNumber, pageSize, ct);

    /// <summary>
    /// Active users by id, through the documented bulk read <c>GET /api/v2/users?id=a&amp;id=b…</c>, at most
    /// <see cref="MaxIdsPerCall"/> ids per call; unknown ids are simply absent. <paramref name="expand"/> (e.g. <c>skills</c>)
    /// is best effort on this endpoint. Throws <see cref="GenesysApiException"/> on failure.
    /// </summary>
    public async Task<IReadOnlyList<User>> GetByIdsAsync(IEnumerable<string> userIds, IEnumerable<string>? expand = null, CancellationToken ct = default)
    {
        var ids = GroupsApi.DistinctIds(userIds);
        var expands = expand?.ToArray() ?? [];
        var users = new List<User>(ids.Length);
        foreach (var batch in ids.Chunk(MaxIdsPerCall))
        {
            var query = batch.Select(id => new KeyValuePair<string, string?>("id", id))
                .Concat(expands.Select(e => new KeyValuePair<string, string?>("expand", e)));
            var page = await Pager.GetPageAsync<User>(_api, UsersPath, query, 1, MaxIdsPerCall, ct).ConfigureAwait(false);
            users.AddRange(page.Entities);
        }
        return users;
    }

    /// <summary>
    /// One page of <c>GET /api/v2/users</c> with its totals, so callers can fetch pages 2..PageCount concurrently.
    /// Throws <see cref="GenesysApiException"/> on failure.
    /// </summary>
    public Task<EntityListing<User>> GetPageAsync(int pageNumber, int pageSize = PageSizes.Lists, CancellationToken ct = default) =>
        Pager.GetPageAsync<User>(_api, UsersPath, null, pageNumber, pageSize, ct);

    private Task<IReadOnlyList<User>> SearchAllAsync(IReadOnlyList<object> criteria, CancellationToken ct, int? maxResults = null) =>
        SearchPager.SearchAllAsync<User>(_api, $"{UsersPath}/search", criteria, ct, maxResults);
}
