using System.Globalization;
using System.Text.Json;

namespace GenesysCloud.Diagnostics;

/// <summary>
/// Holds the token every permission each feature declares? A signed-in person's permissions come from
/// <c>GET /api/v2/users/me?expand=authorization</c>; with client credentials (where <c>/users/me</c> is not valid)
/// from the OAuth client's roles: <c>tokens/me</c> → <c>GET /oauth/clients/{id}</c> (roleDivisions) →
/// <c>GET /authorization/roles/{id}</c>, which needs <c>oauth:client:view</c> and <c>authorization:role:view</c>.
/// </summary>
internal static class PermissionProbe
{
    public static async Task<IReadOnlyList<ProbeResult>> RunAsync(ProbeRun run, CancellationToken ct)
    {
        if (run.Options.Permissions.Count == 0)
            return [];
        var grant = await ReadGrantedAsync(run, ct).ConfigureAwait(false);
        return [.. run.Options.Permissions.Select(requirement => Check(requirement, grant))];
    }

    private static ProbeResult Check(PermissionRequirement requirement, Grant grant)
    {
        var id = "permissions." + requirement.Feature.ToLowerInvariant().Replace(' ', '-');
        var name = $"Permissions for {requirement.Feature}";
        var assumption = $"The token holds {string.Join(", ", requirement.Permissions)}.";
        if (grant.Permissions is not { } granted)
        {
            return new ProbeResult(id, name, ProbeStatus.Skip, assumption, grant.Source,
                $"Cannot check with these credentials; {requirement.Feature} fails with 403 on the first call it lacks.");
        }
        var missing = granted.Missing(requirement.Permissions);
        if (missing.Count == 0)
        {
            return new ProbeResult(id, name, ProbeStatus.Pass, assumption, $"{grant.Source} holds all {requirement.Permissions.Count.ToString(CultureInfo.InvariantCulture)}.",
                $"{requirement.Feature} can be used (roles apply per division; this check does not look at divisions).");
        }
        return new ProbeResult(id, name, ProbeStatus.Fail, assumption, $"{grant.Source} lacks {string.Join(", ", missing)}.",
            $"{requirement.Feature} cannot run its jobs: Genesys answers 403. Add a role with {string.Join(", ", missing)}.");
    }

    private static async Task<Grant> ReadGrantedAsync(ProbeRun run, CancellationToken ct)
    {
        var me = await run.Calls.Api.GetSignedInUserAsync(ct).ConfigureAwait(false);
        if (me is { Success: true, Data: { } person })
            return new Grant(new PermissionSet(person.Permissions), $"'{person.Name}'");

        var client = TokenProbe.OAuthClient(run.TokenInfo);
        if (ProbeJson.String(client, "id") is not { } clientId)
            return new Grant(null, $"not a person's token ({ProbeEndpoints.UsersMe}: {me.StatusCode} {me.Error}) and tokens/me names no OAuth client.");
        var clientName = ProbeJson.String(client, "name") is { } n ? $"OAuth client '{n}'" : "the OAuth client";

        var roleIds = RoleIds(client);
        if (roleIds.Count == 0)
        {
            var full = await run.Calls.GetAsync(ProbeEndpoints.OAuthClient, ProbeEndpoints.Path(ProbeEndpoints.OAuthClient, clientId), null, ct)
                .ConfigureAwait(false);
            if (!full.Success)
            {
                return new Grant(null, $"cannot check with client credentials: reading the roles of {clientName} needs oauth:client:view " +
                                       $"({ProbeEndpoints.OAuthClient}: {ProbeJson.Describe(full)}).");
            }
            roleIds = RoleIds(full.Data);
        }

        var permissions = new List<string>();
        foreach (var roleId in roleIds)
        {
            var role = await run.Calls.GetAsync(ProbeEndpoints.Role, ProbeEndpoints.Path(ProbeEndpoints.Role, roleId), null, ct).ConfigureAwait(false);
            if (!role.Success)
            {
                return new Grant(null, $"cannot check with client credentials: reading the roles of {clientName} needs authorization:role:view " +
                                       $"({ProbeEndpoints.Role}: {ProbeJson.Describe(role)}).");
            }
            permissions.AddRange(RolePermissions(role.Data));
        }
        return new Grant(new PermissionSet(permissions), $"{clientName} ({ProbeJson.Count(roleIds.Count, "role", "roles")})");
    }

    /// <summary>Role ids from <c>roleDivisions</c> (current) or <c>roleIds</c> (deprecated).</summary>
    private static IReadOnlyList<string> RoleIds(JsonElement client) =>
    [
        .. ProbeJson.Array(client, "roleDivisions").Select(r => ProbeJson.String(r, "roleId")).OfType<string>()
            .Concat(ProbeJson.Strings(client, "roleIds")).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>A role's <c>permissions</c>, plus <c>domain:entityName:action</c> for each action of its permission policies.</summary>
    private static IEnumerable<string> RolePermissions(JsonElement role) =>
        ProbeJson.Strings(role, "permissions").Concat(
            ProbeJson.Array(role, "permissionPolicies").SelectMany(policy =>
                ProbeJson.Strings(policy, "actionSet").Select(action =>
                    $"{ProbeJson.String(policy, "domain")}:{ProbeJson.String(policy, "entityName")}:{action}")));

    /// <summary>The permissions granted (null when they cannot be read) and whose they are, or why they cannot be read.</summary>
    private sealed record Grant(PermissionSet? Permissions, string Source);
}
