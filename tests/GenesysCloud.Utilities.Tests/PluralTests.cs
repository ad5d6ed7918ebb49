namespace GenesysCloud.Utilities.Tests;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "0 changes")]
    [InlineData(1, "1 change")]
    [InlineData(2, "2 changes")]
    public void Of_Count_UsesSingularOnlyForOne(int count, string expected) =>
        Assert.Equal(expected, Plural.Of(count, "change"));
}
