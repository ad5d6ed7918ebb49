using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.TestUtilities;

public sealed class SkillAuditUtility : UtilityBase
{
    public override UtilityConfig Config { get; } = new("skill-audit", "Skill Audit", "Lists agents missing a routing skill.", "icon-skill")
    {
        Category = "Routing",
        Tags = ["skills", "agents"],
    };
}
