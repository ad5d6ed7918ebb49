using MudBlazor;

namespace GenesysCloud.Utilities.GroupManager;

/// <summary>Group Manager: view a group's members, add them by paste, CSV or search, remove them, export them.</summary>
public partial class GroupManager
{
    private GroupMembershipService? _service;

    /// <inheritdoc />
    public override UtilityConfig Config { get; } = new(
        "group-manager",
        "Group Manager",
        "View, add, remove and export the members of a group, with a preview before every change.",
        Icons.Material.Filled.Groups)
    {
        Category = "Users & Groups",
        RequiresGroup = true,
        Tags = ["groups", "users", "membership", "bulk"],
        Permissions = ["directory:group:edit", "directory:user:view"],
    };

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Connection.Api is { } api && _service is null)
            _service = new GroupMembershipService(api);
    }
}
