namespace GenesysCloud.Bulk.Resolution;

/// <summary>Users indexed by id, e-mail and username (case-insensitive); a full directory or a search result.</summary>
internal sealed class UserDirectory
{
    private readonly Dictionary<string, UserSummary> _byId;
    private readonly Dictionary<string, UserSummary> _byEmail;
    private readonly Dictionary<string, UserSummary> _byUsername;

    /// <param name="users">The users.</param>
    /// <param name="loadedAt">When they were read.</param>
    /// <param name="expected">How many users to make room for (a listing's total), so the tables are not regrown page after page.</param>
    public UserDirectory(IEnumerable<UserSummary> users, DateTimeOffset loadedAt, int expected = 0)
    {
        LoadedAt = loadedAt;
        _byId = new(expected, StringComparer.OrdinalIgnoreCase);
        _byEmail = new(expected, StringComparer.OrdinalIgnoreCase);
        _byUsername = new(expected, StringComparer.OrdinalIgnoreCase);
        Add(users);
    }

    public DateTimeOffset LoadedAt { get; }

    public int Count => _byId.Count;

    public void Add(IEnumerable<UserSummary> users)
    {
        foreach (var user in users)
        {
            _byId[user.Id] = user;
            if (!string.IsNullOrEmpty(user.Email)) _byEmail.TryAdd(user.Email, user);
            if (!string.IsNullOrEmpty(user.Username)) _byUsername.TryAdd(user.Username, user);
        }
    }

    /// <summary>Ids match ids; e-mails match e-mail first, then username (usernames often are e-mails).</summary>
    public UserSummary? Find(Identifier identifier) => identifier.Kind switch
    {
        LookupKind.Id => _byId.GetValueOrDefault(identifier.Key),
        LookupKind.Email => _byEmail.GetValueOrDefault(identifier.Key) ?? _byUsername.GetValueOrDefault(identifier.Key),
        LookupKind.Username => _byUsername.GetValueOrDefault(identifier.Key),
        _ => null,
    };
}
