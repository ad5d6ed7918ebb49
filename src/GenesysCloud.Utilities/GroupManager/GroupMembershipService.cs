using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.GroupManager;

/// <summary>
/// Group Manager's logic, free of UI: read a group and its members, resolve pasted or uploaded
/// identifiers into a preview, and apply a confirmed preview in batches with progress and cancellation.
/// </summary>
public sealed class GroupMembershipService(GenesysCloudApi api)
{
    /// <summary>Ids per add/remove call (the API maximum).</summary>
    public const int BatchSize = GroupsApi.MaxMembersPerCall;

    /// <summary>The group with its current member count and version.</summary>
    public async Task<Group> GetGroupAsync(string groupId, CancellationToken ct = default)
    {
        var response = await api.Groups.GetAsync(groupId, ct);
        return response.EnsureSuccess() ?? throw new GenesysApiException($"Group {groupId} came back empty.");
    }

    /// <summary>Every member of the group, sorted by name.</summary>
    public async Task<IReadOnlyList<User>> GetMembersAsync(string groupId, CancellationToken ct = default)
    {
        var members = await api.Groups.GetMembersAsync(groupId, ct);
        return [.. members.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Users matching free text (name, email …), for search-and-pick.</summary>
    public Task<IReadOnlyList<User>> SearchUsersAsync(string text, CancellationToken ct = default) =>
        api.Users.SearchAsync(text, ct);

    /// <summary>
    /// Resolves parsed input against the directory and the group's members. Invalid and repeated rows keep
    /// their parse result; each valid identifier becomes will add, already a member, not found, or a
    /// duplicate when it names the same user as an earlier row. Nothing is changed.
    /// </summary>
    public async Task<MembershipPreview> PreviewAddAsync(Group group, IdentifierInput input, CancellationToken ct = default)
    {
        var members = await MemberIdsAsync(group.Id, ct);
        var users = await ResolveAsync(input, ct);
        var firstRowOfUser = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<PreviewRow>(input.Entries.Count);
        foreach (var entry in input.Entries)
        {
            rows.Add(entry.Status switch
            {
                IdentifierStatus.Invalid => new PreviewRow(entry.Row, entry.Raw, PreviewStatus.Invalid, Note: entry.Problem),
                IdentifierStatus.Duplicate => new PreviewRow(entry.Row, entry.Raw, PreviewStatus.Duplicate, Note: entry.Problem),
                _ => ResolvedRow(entry, users.GetValueOrDefault(entry.Value), members, firstRowOfUser, KindText(input.Kind)),
            });
        }

        var blocked = input.HasFormulaCells
            ? "The input has cells that would run as spreadsheet formulas (marked invalid). Remove them and try again."
            : null;
        return new MembershipPreview(group.Id, group.Name, MembershipChange.Add, rows) { BlockedReason = blocked };
    }

    /// <summary>Preview for users picked from search: will add, or already a member.</summary>
    public async Task<MembershipPreview> PreviewAddUsersAsync(Group group, IEnumerable<User> users, CancellationToken ct = default)
    {
        var members = await MemberIdsAsync(group.Id, ct);
        var rows = users.DistinctBy(u => u.Id).Select(u => new PreviewRow(null, u.Email ?? u.Name ?? u.Id,
            members.Contains(u.Id) ? PreviewStatus.AlreadyMember : PreviewStatus.WillAdd, u.Id, u.Name)).ToArray();
        return new MembershipPreview(group.Id, group.Name, MembershipChange.Add, rows);
    }

    /// <summary>Preview for removing members selected in the grid (re-checked against current membership).</summary>
    public async Task<MembershipPreview> PreviewRemoveAsync(Group group, IEnumerable<User> selected, CancellationToken ct = default)
    {
        var members = await MemberIdsAsync(group.Id, ct);
        var rows = selected.DistinctBy(u => u.Id).Select(u => new PreviewRow(null, u.Email ?? u.Name ?? u.Id,
            members.Contains(u.Id) ? PreviewStatus.WillRemove : PreviewStatus.NotMember, u.Id, u.Name)).ToArray();
        return new MembershipPreview(group.Id, group.Name, MembershipChange.Remove, rows);
    }

    /// <summary>
    /// Sends the preview's changes in batches of <see cref="BatchSize"/>, reporting progress after each batch.
    /// Cancellation stops before the next batch; the result says, row by row, what was applied.
    /// </summary>
    public async Task<MembershipApplyResult> ApplyAsync(MembershipPreview preview, IProgress<MembershipProgress>? progress = null, CancellationToken ct = default)
    {
        if (preview.BlockedReason is not null)
            throw new InvalidOperationException(preview.BlockedReason);

        var results = new List<ApplyRowResult>(preview.Changes.Count);
        var cancelled = false;
        progress?.Report(new MembershipProgress(0, preview.Changes.Count));
        foreach (var batch in preview.Changes.Chunk(BatchSize))
        {
            if (ct.IsCancellationRequested)
            {
                cancelled = true;
                results.AddRange(batch.Select(r => new ApplyRowResult(r, ApplyOutcome.NotApplied)));
                continue;
            }

            var ids = batch.Select(r => r.UserId!).ToArray();
            var response = preview.Change == MembershipChange.Add
                ? await api.Groups.AddMembersAsync(preview.GroupId, ids, CancellationToken.None)
                : await api.Groups.RemoveMembersAsync(preview.GroupId, ids, CancellationToken.None);
            var error = response.Success ? null : ApiErrorMessage.From(response);
            results.AddRange(batch.Select(r => new ApplyRowResult(r, error is null ? ApplyOutcome.Applied : ApplyOutcome.Failed, error)));
            progress?.Report(new MembershipProgress(results.Count, preview.Changes.Count));
        }

        return new MembershipApplyResult(preview.Change, results, cancelled);
    }

    private static PreviewRow ResolvedRow(IdentifierEntry entry, User? user, IReadOnlySet<string> members, Dictionary<string, int> firstRowOfUser, string kindText)
    {
        if (user is null)
            return new PreviewRow(entry.Row, entry.Raw, PreviewStatus.NotFound, Note: "no active user has this " + kindText);
        if (!firstRowOfUser.TryAdd(user.Id, entry.Row))
            return new PreviewRow(entry.Row, entry.Raw, PreviewStatus.Duplicate, user.Id, user.Name, $"same user as line {firstRowOfUser[user.Id]}");
        var status = members.Contains(user.Id) ? PreviewStatus.AlreadyMember : PreviewStatus.WillAdd;
        return new PreviewRow(entry.Row, entry.Raw, status, user.Id, user.Name);
    }

    private static string KindText(IdentifierKind kind) => kind switch
    {
        IdentifierKind.UserId => "user id",
        IdentifierKind.Username => "username",
        _ => "email",
    };

    private async Task<IReadOnlySet<string>> MemberIdsAsync(string groupId, CancellationToken ct)
    {
        var members = await api.Groups.GetMembersAsync(groupId, ct);
        return members.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private async Task<Dictionary<string, User>> ResolveAsync(IdentifierInput input, CancellationToken ct)
    {
        var found = new Dictionary<string, User>(StringComparer.OrdinalIgnoreCase);
        if (input.Values.Count == 0)
            return found;

        if (input.Kind == IdentifierKind.Email)
        {
            foreach (var user in await api.Users.SearchByEmailsAsync(input.Values, ct))
            {
                if (user.Email is not null && IsActive(user))
                    found.TryAdd(user.Email, user);
            }

            return found;
        }

        var wanted = input.Values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        await foreach (var user in api.Users.ListAsync(500, ct: ct))
        {
            var key = input.Kind == IdentifierKind.UserId ? user.Id : user.Username;
            if (key is not null && wanted.Contains(key) && IsActive(user))
                found.TryAdd(key, user);
        }

        return found;
    }

    private static bool IsActive(User user) => user.State is null || user.State.Equals("active", StringComparison.OrdinalIgnoreCase);
}
