using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.TestUtilities;

public static class TestRegistry
{
    public static UtilityRegistry Create() =>
        new([typeof(GroupToolUtility), typeof(SkillAuditUtility), typeof(QueueReportUtility), typeof(PlainUtility)]);
}
