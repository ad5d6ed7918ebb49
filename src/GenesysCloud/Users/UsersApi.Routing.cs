using System.Runtime.CompilerServices;

namespace GenesysCloud;

/// <summary>Users with their routing skills and languages, for "who has it" and people × skills reports.</summary>
public sealed partial class UsersApi
{
    /// <summary>The routing expands of <c>GET /api/v2/users</c>.</summary>
    public static IReadOnlyList<string> RoutingExpands { get; } = ["skills", "languages"];

    /// <summary>
    /// Streams every active user with <c>expand=skills</c>, 500 per page. The API resolves expands "with a best
    /// effort approach": a user whose <see cref="User.Skills"/> is null was not expanded, so read that user's
    /// skills with <see cref="RoutingApi.GetUserSkillsAsync"/> instead of taking it as "no skills".
    /// </summary>
    public IAsyncEnumerable<User> ListWithSkillsAsync(CancellationToken ct = default) => ListExpandedAsync(["skills"], ct);

    /// <summary>
    /// Streams every active user with the given expands (e.g. <see cref="RoutingExpands"/>), 500 per page, one page at a
    /// time. Expands are best effort: a null <see cref="User.Skills"/> or <see cref="User.Languages"/> means "not
    /// expanded", not "none".
    /// </summary>
    public async IAsyncEnumerable<User> ListExpandedAsync(IReadOnlyCollection<string> expand, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(expand);
        for (var number = 1; ; number++)
        {
            var page = await GetExpandedPageAsync(number, expand, PageSizes.Lists, ct).ConfigureAwait(false);
            foreach (var user in page.Entities)
                yield return user;
            if (page.Entities.Count == 0 || number >= (page.PageCount ?? number))
                yield break;
        }
    }

    /// <summary>
    /// One page of <c>GET /api/v2/users</c> with <paramref name="expand"/> (repeated <c>expand</c> values) and its totals,
    /// so a directory listing can carry the state a job diffs against instead of reading it again. Throws on failure.
    /// </summary>
    public Task<EntityListing<User>> GetExpandedPageAsync(int pageNumber, IEnumerable<string> expand, int pageSize = PageSizes.Lists,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(expand);
        return Pager.GetPageAsync<User>(_api, UsersPath, expand.Select(e => new KeyValuePair<string, string?>("expand", e)), pageNumber, pageSize, ct);
    }
}
