using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.Duplicates;

public sealed class SecondDuplicateUtility : UtilityBase
{
    public override UtilityConfig Config { get; } = new("same-id", "Second", "The other utility sharing the id.", "icon");
}
