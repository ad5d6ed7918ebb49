using GenesysCloud.Diagnostics;

namespace GenesysCloud.Tests.Diagnostics;

public sealed class PermissionSetTests
{
    [Theory]
    [InlineData("directory:group:edit", true)]
    [InlineData("DIRECTORY:Group:Edit", true)]
    [InlineData("routing:queue:view", true)]
    [InlineData("routing:skill:assign", true)]
    [InlineData("routing:queue:edit", false)]
    [InlineData("directory:user:view", false)]
    [InlineData("directory:group", false)]
    public void Grants_ExactOrWildcardSegments(string permission, bool expected)
    {
        var granted = new PermissionSet(["directory:group:edit", "routing:queue:view", "routing:skill:*", " "]);

        Assert.Equal(expected, granted.Grants(permission));
    }

    [Fact]
    public void Missing_ListsEachUngrantedPermissionOnceInOrder()
    {
        var granted = new PermissionSet(["directory:*:view"]);

        var missing = granted.Missing(["directory:user:view", "directory:group:edit", "analytics:conversationDetail:view", "directory:group:edit"]);

        Assert.Equal(["directory:group:edit", "analytics:conversationDetail:view"], missing);
    }
}
