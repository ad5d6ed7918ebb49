using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.TestUtilities;

/// <summary>No category: lands in "General".</summary>
public sealed class PlainUtility : UtilityBase
{
    public override UtilityConfig Config { get; } = new("plain", "Plain", "Does nothing in particular.", "icon-plain");
}
