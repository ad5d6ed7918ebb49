namespace GenesysCloud.Web.Tests.TestUtilities;

/// <summary>Records lifecycle calls of test utilities (registered per test context).</summary>
public sealed class CleanupLog
{
    public List<string> Entries { get; } = [];
}
