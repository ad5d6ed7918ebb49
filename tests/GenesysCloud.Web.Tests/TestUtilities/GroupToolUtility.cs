using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.TestUtilities;

public sealed class GroupToolUtility : UtilityBase
{
    public override UtilityConfig Config { get; } = new("group-tool", "Group Tool", "Edits group membership.", "icon-group")
    {
        Category = "Users & Groups",
        RequiresGroup = true,
        Tags = ["groups", "membership"],
    };
}
