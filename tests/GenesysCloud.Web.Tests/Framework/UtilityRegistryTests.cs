using GenesysCloud.Utilities;
using GenesysCloud.Web.Tests.Duplicates;
using GenesysCloud.Web.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace GenesysCloud.Web.Tests.Framework;

public sealed class UtilityRegistryTests
{
    [Fact]
    public void AddGenesysCloudUtilities_DuplicateIds_FailsStartUpNamingBothTypes()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() =>
            services.AddGenesysCloudUtilities(o => o.UtilityAssemblies.Add(typeof(FirstDuplicateUtility).Assembly)));

        Assert.Contains("'same-id'", error.Message);
        Assert.Contains(typeof(FirstDuplicateUtility).FullName!, error.Message);
        Assert.Contains(typeof(SecondDuplicateUtility).FullName!, error.Message);
    }

    [Fact]
    public void Discover_BuiltInAssembly_EveryUtilityHasAUniqueResolvableId()
    {
        var registry = UtilityRegistry.Discover([typeof(UtilityBase).Assembly]);

        Assert.All(registry.All, u => Assert.Same(u, registry.Find(u.Config.Id)));
        Assert.Equal(registry.All.Count, registry.All.Select(u => u.Config.Id).Distinct().Count());
    }

    [Fact]
    public void Discover_BuiltInAssembly_FindsGroupManager()
    {
        var registry = UtilityRegistry.Discover([typeof(UtilityBase).Assembly]);

        var groupManager = registry.Find("group-manager");

        Assert.NotNull(groupManager);
        Assert.Equal("Users & Groups", groupManager.Config.Category);
        Assert.True(groupManager.Config.RequiresGroup);
    }

    [Fact]
    public void GroupByCategory_NoSearch_GroupsByCategoryAndSortsByName()
    {
        var registry = TestRegistry.Create();

        var categories = registry.GroupByCategory();

        Assert.Equal(["General", "Routing", "Users & Groups"], categories.Select(c => c.Name));
        Assert.Equal(["Queue Report", "Skill Audit"], categories[1].Utilities.Select(u => u.Config.Name));
    }

    [Theory]
    [InlineData("group", new[] { "group-tool", "queue-report" })]   // name, and "by group" in a description
    [InlineData("SKILL", new[] { "skill-audit" })]                  // case-insensitive name
    [InlineData("membership", new[] { "group-tool", "queue-report" })] // tag, and description
    [InlineData("agents", new[] { "skill-audit" })]                 // tag only
    [InlineData("queue report", new[] { "queue-report" })]          // every term must match
    [InlineData("nothing-like-this", new string[0])]
    public void GroupByCategory_Search_MatchesNameDescriptionAndTags(string search, string[] expectedIds)
    {
        var registry = TestRegistry.Create();

        var ids = registry.GroupByCategory(search).SelectMany(c => c.Utilities).Select(u => u.Config.Id).Order();

        Assert.Equal(expectedIds.Order(), ids);
    }

    [Fact]
    public void Find_IsCaseInsensitive_AndNullForUnknown()
    {
        var registry = TestRegistry.Create();

        Assert.Equal(typeof(PlainUtility), registry.Find("PLAIN")?.ComponentType);
        Assert.Null(registry.Find("missing"));
        Assert.Null(registry.Find(null));
    }

    [Fact]
    public void Constructor_IdThatIsNotUrlSafe_FailsNamingTheType()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new UtilityRegistry([typeof(BadIdUtility)]));

        Assert.Contains(typeof(BadIdUtility).FullName!, error.Message);
        Assert.Contains("Bad Id", error.Message);
    }

    private sealed class BadIdUtility : UtilityBase
    {
        public override UtilityConfig Config { get; } = new("Bad Id", "Bad", "Id with a space.", "icon");
    }
}
