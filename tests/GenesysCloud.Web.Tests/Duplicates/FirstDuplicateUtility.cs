using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.Duplicates;

public sealed class FirstDuplicateUtility : UtilityBase
{
    public override UtilityConfig Config { get; } = new("same-id", "First", "One of two utilities sharing an id.", "icon");
}
