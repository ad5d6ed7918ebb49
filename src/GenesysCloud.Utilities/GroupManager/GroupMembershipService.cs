using GenesysCloud.Bulk;
using GenesysCloud.Utilities.Workflow;

namespace GenesysCloud.Utilities.GroupManager;

/// <summary>
/// Group Manager's logic, free of UI: read a group and its members, search users, and the changes it asks the
/// shared bulk-change workflow to plan (add or remove members, in batches of 50, journaled).
/// </summary>
/// <param name="api">The session's connected client.</param>
public sealed class GroupMembershipService(GenesysCloudApi api)
{
    /// <summary>The utility's name in the journal.</summary>
    public const string Utility = "Group Manager";

    /// <summary>The session's client (the workflow's search and member listing use it too).</summary>
    public GenesysCloudApi Api { get; } = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>The group with its current member count and version.</summary>
    public async Task<Group> GetGroupAsync(string groupId, CancellationToken ct = default)
    {
        var response = await Api.Groups.GetAsync(groupId, ct);
        return response.EnsureSuccess() ?? throw new GenesysApiException($"Group {groupId} came back empty.");
    }

    /// <summary>Every member of the group, sorted by name.</summary>
    public async Task<IReadOnlyList<User>> GetMembersAsync(string groupId, CancellationToken ct = default)
    {
        var members = await Api.Groups.GetMembersAsync(groupId, ct);
        return [.. members.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Adding the input's users to the group.</summary>
    public static BulkChange AddChange(Group group) => Change(BulkOperation.AddToGroup, group);

    /// <summary>Removing the input's users from the group.</summary>
    public static BulkChange RemoveChange(Group group) => Change(BulkOperation.RemoveFromGroup, group);

    private static BulkChange Change(BulkOperation operation, Group group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return BulkChange.Of(Utility, operation, group.Id, group.Name ?? group.Id);
    }
}
