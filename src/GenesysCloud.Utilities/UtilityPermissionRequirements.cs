using GenesysCloud.Diagnostics;

namespace GenesysCloud.Utilities;

/// <summary>The permissions the discovered utilities declare, in the shape the org probes check.</summary>
public static class UtilityPermissionRequirements
{
    /// <summary>One requirement per utility that declares permissions, named after the utility.</summary>
    public static IReadOnlyList<PermissionRequirement> From(UtilityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.All.Where(d => d.Config.Permissions.Count > 0).Select(d => new PermissionRequirement(d.Config.Name, d.Config.Permissions))];
    }

    /// <summary>The requirements of the utilities built into the suite.</summary>
    public static IReadOnlyList<PermissionRequirement> BuiltIn() => From(UtilityRegistry.Discover([typeof(UtilityBase).Assembly]));
}
