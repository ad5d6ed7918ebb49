using System.Globalization;

namespace GenesysCloud;

/// <summary>Users with their routing skills, for "who has this skill" and people × skills reports.</summary>
public sealed partial class UsersApi
{
    /// <summary>
    /// Streams every active user with <c>expand=skills</c>, 500 per page. The API resolves expands "with a best
    /// effort approach": a user whose <see cref="User.Skills"/> is null was not expanded, so read that user's
    /// skills with <see cref="RoutingApi.GetUserSkillsAsync"/> instead of taking it as "no skills".
    /// </summary>
    public IAsyncEnumerable<User> ListWithSkillsAsync(CancellationToken ct = default) =>
        Pager.ItemsAsync<User>(_api, "/api/v2/users", new Dictionary<string, string?> { ["expand"] = "skills" },
            PageSizes.Users, null, ct);

    /// <summary>Users by id with <c>expand=skills</c>, up to 100 ids per call (repeated <c>id</c>); unknown ids are left out.</summary>
    public async Task<IReadOnlyList<User>> GetWithSkillsAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var users = new List<User>();
        foreach (var batch in userIds.Distinct(StringComparer.Ordinal).Chunk(MaxSearchValues))
        {
            var endpoint = "/api/v2/users?" + string.Join('&', batch.Select(id => $"id={Uri.EscapeDataString(id)}"));
            var query = new Dictionary<string, string?>
            {
                ["expand"] = "skills",
                ["pageSize"] = batch.Length.ToString(CultureInfo.InvariantCulture),
            };
            var page = await _api.SendAsync<EntityListing<User>>(HttpMethod.Get, endpoint, null, query, retrySafe: true, ct).ConfigureAwait(false);
            users.AddRange(page.EnsureSuccess()?.Entities ?? []);
        }
        return users;
    }
}
