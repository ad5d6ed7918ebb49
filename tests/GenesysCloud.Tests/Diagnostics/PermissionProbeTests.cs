using GenesysCloud.Diagnostics;
using GenesysCloud.Tests.Support;
using static GenesysCloud.Tests.Diagnostics.FakeAnswers;

namespace GenesysCloud.Tests.Diagnostics;

/// <summary>
/// The permission probe against the documented shapes of <c>/users/me?expand=authorization</c>, <c>/tokens/me</c>,
/// <c>/oauth/clients/{id}</c> and <c>/authorization/roles/{id}</c>, served by a fake on 127.0.0.1 (the emulator
/// serves no OAuth clients or roles).
/// </summary>
public sealed class PermissionProbeTests
{
    private static readonly OrgCheckOptions GroupManagerNeeds = new()
    {
        Permissions = [new PermissionRequirement("Group Manager", ["directory:group:edit", "directory:user:view"])],
    };

    [Fact]
    public async Task RunAsync_SignedInPersonMissingAPermission_FailsNamingIt()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) => context.Request.Path.Value switch
        {
            "/api/v2/users/me" => Json(context, new { id = "user-1", name = "Sam Supervisor", authorization = new { permissions = new[] { "directory:user:view" } } }),
            _ => NotFound(context),
        });
        using var api = server.Client();

        var result = (await new OrgDoctor(api).RunAsync(GroupManagerNeeds)).Find("permissions.group-manager")!;

        Assert.Equal(ProbeStatus.Fail, result.Status);
        Assert.Equal("'Sam Supervisor' lacks directory:group:edit.", result.Observed);
    }

    [Fact]
    public async Task RunAsync_ClientCredentialsWithReadableRoles_ChecksTheRolesPermissions()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) => context.Request.Path.Value switch
        {
            "/api/v2/users/me" => Error(context, 400, "This request is not valid when using the Client Credentials OAuth grant."),
            "/api/v2/tokens/me" => Json(context, new Dictionary<string, object>
            {
                ["organization"] = new { name = "Acme" },
                ["OAuthClient"] = new { id = "client-1", name = "Utilities" },
            }),
            "/api/v2/oauth/clients/client-1" => Json(context, new { id = "client-1", roleDivisions = new[] { new { roleId = "role-1", divisionId = "*" } } }),
            "/api/v2/authorization/roles/role-1" => Json(context, new
            {
                id = "role-1",
                permissionPolicies = new[] { new { domain = "directory", entityName = "*", actionSet = new[] { "view", "edit" } } },
            }),
            _ => NotFound(context),
        });
        using var api = server.Client();

        var result = (await new OrgDoctor(api).RunAsync(GroupManagerNeeds)).Find("permissions.group-manager")!;

        Assert.Equal(ProbeStatus.Pass, result.Status);
        Assert.Equal("OAuth client 'Utilities' (1 role) holds all 2.", result.Observed);
    }

    [Fact]
    public async Task RunAsync_ClientCredentialsThatMayNotReadTheirRoles_SkipsSayingWhy()
    {
        await using var server = await FakeApiServer.StartAsync((context, _) => context.Request.Path.Value switch
        {
            "/api/v2/users/me" => Error(context, 400, "This request is not valid when using the Client Credentials OAuth grant."),
            "/api/v2/tokens/me" => Json(context, new Dictionary<string, object> { ["OAuthClient"] = new { id = "client-1", name = "Utilities" } }),
            "/api/v2/oauth/clients/client-1" => Error(context, 403, "You are not authorized to perform the requested action."),
            _ => NotFound(context),
        });
        using var api = server.Client();

        var result = (await new OrgDoctor(api).RunAsync(GroupManagerNeeds)).Find("permissions.group-manager")!;

        Assert.Equal(ProbeStatus.Skip, result.Status);
        Assert.StartsWith("cannot check with client credentials: reading the roles of OAuth client 'Utilities' needs oauth:client:view", result.Observed, StringComparison.Ordinal);
    }
}
