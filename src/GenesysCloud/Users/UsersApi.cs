using System.Globalization;
using System.Runtime.CompilerServices;
using GenesysCloud.Http;

namespace GenesysCloud;

/// <summary>Users: <c>/api/v2/users</c> and <c>/api/v2/users/search</c>.</summary>
public sealed partial class UsersApi
{
    /// <summary>Most values one EXACT search criterion carries per call.</summary>
    public const int MaxSearchValues = 100;

    private static readonly string[] QueryStringFields = ["name", "email", "username", "department", "title"];
    private readonly GenesysCloudApi _api;

    internal UsersApi(GenesysCloudApi api) => _api = api;

    /// <summary>Gets one user; a 404 comes back as a failed response.</summary>
    public Task<ApiResponse<User>> GetAsync(string userId, CancellationToken ct = default) =>
        _api.SendAsync<User>(HttpMethod.Get, $"/api/v2/users/{PathSegment.Escape(userId)}", ct: ct);

    /// <summary>QUERY_STRING search over name, email, username, department and title; every page.</summary>
    public Task<IReadOnlyList<User>> SearchAsync(string query, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return SearchPager.SearchAllAsync<User>(_api, "/api/v2/users/search",
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

    /// <summary>Streams every user, lazily (page size up to 500).</summary>
    public IAsyncEnumerable<User> ListAsync(int pageSize = 100, int? maxPages = null, CancellationToken ct = default) =>
        Pager.ItemsAsync<User>(_api, "/api/v2/users", null, pageSize, maxPages, ct);

    /// <summary>
    /// One page of <c>GET /api/v2/users</c> with its totals, so callers can fetch pages 2..PageCount concurrently.
    /// Throws <see cref="GenesysApiException"/> on failure.
    /// </summary>
    public async Task<EntityListing<User>> GetPageAsync(int pageNumber, int pageSize = 100, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var response = await _api.GetAsync("/api/v2/users", new Dictionary<string, string?>
        {
            ["pageSize"] = PageSizes.Clamp("/api/v2/users", pageSize).ToString(CultureInfo.InvariantCulture),
            ["pageNumber"] = pageNumber.ToString(CultureInfo.InvariantCulture),
        }, ct).ConfigureAwait(false);
        if (!response.Success)
            throw GenesysApiException.From(response);
        return Pager.Convert<User>(Pager.ReadListing(response.Data));
    }

    private Task<IReadOnlyList<User>> SearchAllAsync(IReadOnlyList<object> criteria, CancellationToken ct, int? maxResults = null) =>
        SearchPager.SearchAllAsync<User>(_api, "/api/v2/users/search", criteria, ct, maxResults);
}
