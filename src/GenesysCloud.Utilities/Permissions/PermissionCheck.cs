using GenesysCloud.Diagnostics;

namespace GenesysCloud.Utilities.Permissions;

/// <summary>
/// Which of the permissions a utility needs a person does not hold. Genesys permission strings are
/// <c>domain:entity:action</c>; a held <c>*</c> segment covers any value (<c>directory:*:*</c>, <c>routing:queue:*</c>).
/// </summary>
public static class PermissionCheck
{
    /// <summary>The required permissions not covered by <paramref name="held"/>, in the order required.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> required, IReadOnlySet<string> held)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(held);
        return new PermissionSet(held).Missing(required);
    }

    /// <summary>The sentence the shell shows for a utility the person cannot use.</summary>
    public static string Explain(string utilityName, IReadOnlyList<string> missing) =>
        $"{utilityName} needs the Genesys Cloud permission{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}, " +
        "which your roles do not grant. Ask a Genesys Cloud admin to add a role that has them, then sign in again.";
}
