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
        Pager.ItemsAsync<User>(_api, UsersPath, new Dictionary<string, string?> { ["expand"] = "skills" },
            PageSizes.Lists, null, ct);
}
