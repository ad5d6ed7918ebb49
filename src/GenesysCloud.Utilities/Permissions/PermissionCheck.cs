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
        return [.. required.Where(permission => !held.Contains(permission) && !held.Any(granted => Covers(granted, permission)))];
    }

    /// <summary>True when the held permission <paramref name="granted"/> covers <paramref name="permission"/>.</summary>
    public static bool Covers(string granted, string permission)
    {
        var grantedParts = granted.Split(':');
        var wantedParts = permission.Split(':');
        return grantedParts.Length == wantedParts.Length
            && grantedParts.Zip(wantedParts).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sentence the shell shows for a utility the person cannot use.</summary>
    public static string Explain(string utilityName, IReadOnlyList<string> missing) =>
        $"{utilityName} needs the Genesys Cloud permission{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}, " +
        "which your roles do not grant. Ask a Genesys Cloud admin to add a role that has them, then sign in again.";
}
