using GenesysCloud.Utilities.Permissions;

namespace GenesysCloud.Utilities.Tests.Permissions;

public sealed class PermissionCheckTests
{
    private static readonly string[] GroupManager = ["directory:group:edit", "directory:user:view"];

    [Fact]
    public void Missing_ExactPermissionsHeld_IsEmpty() =>
        Assert.Empty(PermissionCheck.Missing(GroupManager, Held("directory:group:edit", "directory:user:view")));

    [Theory]
    [InlineData("directory:*:*")]
    [InlineData("*:*:*")]
    public void Missing_WildcardCoveringBoth_IsEmpty(string wildcard) =>
        Assert.Empty(PermissionCheck.Missing(GroupManager, Held(wildcard)));

    [Fact]
    public void Missing_ActionWildcardOfOneEntity_NamesTheOther() =>
        Assert.Equal(["directory:user:view"], PermissionCheck.Missing(GroupManager, Held("directory:group:*")));

    [Fact]
    public void Missing_ReadOnlyRole_NamesTheEditPermission() =>
        Assert.Equal(["directory:group:edit"], PermissionCheck.Missing(GroupManager, Held("directory:user:view", "directory:group:view")));

    [Fact]
    public void Missing_WildcardOfAnotherDomainOrShorterString_DoesNotCount() =>
        Assert.Equal(GroupManager, PermissionCheck.Missing(GroupManager, Held("routing:*:*", "directory:*")));

    [Theory]
    [InlineData("routing:skill:assign")]
    [InlineData("routing:language:assign")]
    public void Missing_EitherOfTwoAlternativesHeld_IsEmpty(string held) =>
        Assert.Empty(PermissionCheck.Missing(OperationPermissions.For(GenesysCloud.Bulk.BulkOperation.AssignLanguage), Held(held, "directory:user:view")));

    [Fact]
    public void Missing_NeitherAlternativeHeld_NamesBoth() =>
        Assert.Equal(["routing:skill:assign or routing:language:assign"],
            PermissionCheck.Missing(OperationPermissions.For(GenesysCloud.Bulk.BulkOperation.RemoveLanguage), Held("directory:user:view")));

    [Fact]
    public void Missing_SkillJobWithOnlyLanguageAssign_NamesSkillAssign() =>
        Assert.Equal(["routing:skill:assign"],
            PermissionCheck.Missing(OperationPermissions.For(GenesysCloud.Bulk.BulkOperation.AssignSkill), Held("routing:language:assign", "directory:user:view")));

    [Fact]
    public void Explain_NamesTheUtilityAndEveryMissingPermission()
    {
        var text = PermissionCheck.Explain("Group Manager", ["directory:group:edit", "directory:user:view"]);

        Assert.Contains("Group Manager needs the Genesys Cloud permissions directory:group:edit, directory:user:view", text, StringComparison.Ordinal);
    }

    private static HashSet<string> Held(params string[] permissions) => new(permissions, StringComparer.OrdinalIgnoreCase);
}
