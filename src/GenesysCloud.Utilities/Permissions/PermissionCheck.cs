using GenesysCloud.Diagnostics;

namespace GenesysCloud.Utilities.Permissions;

/// <summary>
/// Which of the permissions a utility needs a person does not hold. Genesys permission strings are
/// <c>domain:entity:action</c>; a held <c>*</c> segment covers any value (<c>directory:*:*</c>, <c>routing:queue:*</c>).
/// </summary>
public static class PermissionCheck
{
    /// <summary>Separates permissions of which any one will do, e.g. <c>routing:skill:assign|routing:language:assign</c>.</summary>
    public const char AnyOf = '|';

    /// <summary>
    /// The required permissions not covered by <paramref name="held"/>, in the order required; a requirement of
    /// alternatives (<see cref="AnyOf"/>) is covered by any one of them and named "a or b" when missing.
    /// </summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> required, IReadOnlySet<string> held)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(held);
        var set = new PermissionSet(held);
        return [.. required
            .Where(requirement => requirement.Split(AnyOf).All(alternative => set.Missing([alternative]).Count > 0))
            .Select(requirement => requirement.Replace(AnyOf.ToString(), " or ", StringComparison.Ordinal))];
    }

    /// <summary>The sentence the shell shows for a utility the person cannot use.</summary>
    public static string Explain(string utilityName, IReadOnlyList<string> missing) =>
        $"{utilityName} needs the Genesys Cloud permission{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}, " +
        "which your roles do not grant. Ask a Genesys Cloud admin to add a role that has them, then sign in again.";
}
