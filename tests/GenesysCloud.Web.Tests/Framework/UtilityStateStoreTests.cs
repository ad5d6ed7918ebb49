using GenesysCloud.Utilities;

namespace GenesysCloud.Web.Tests.Framework;

public sealed class UtilityStateStoreTests
{
    [Fact]
    public void Get_ScopedByUtilityId()
    {
        var store = new UtilityStateStore();
        store.Set("a", "filter", "x");

        Assert.Equal("x", store.Get("a", "filter", "default"));
        Assert.Equal("default", store.Get("b", "filter", "default"));
    }

    [Fact]
    public void Get_StoredValueOfAnotherType_ReturnsDefault()
    {
        var store = new UtilityStateStore();
        store.Set("a", "count", "not a number");

        Assert.Equal(7, store.Get("a", "count", 7));
    }

    [Fact]
    public void Clear_RemovesOnlyThatUtility()
    {
        var store = new UtilityStateStore();
        store.Set("a", "k", 1);
        store.Set("b", "k", 2);

        store.Clear("a");

        Assert.Equal(0, store.Get("a", "k", 0));
        Assert.Equal(2, store.Get("b", "k", 0));
    }
}
