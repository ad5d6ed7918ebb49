namespace GenesysCloud.Diagnostics;

/// <summary>
/// Granted Genesys Cloud permissions (<c>domain:entity:action</c>), where a <c>*</c> segment grants every value
/// of that segment (e.g. <c>directory:*:*</c> or <c>routing:queue:*</c>).
/// </summary>
public sealed class PermissionSet
{
    private readonly HashSet<string> _exact;
    private readonly string[][] _wildcards;

    /// <summary>Creates the set from granted permission strings; blanks are ignored, case is not significant.</summary>
    public PermissionSet(IEnumerable<string> granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        var all = granted.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray();
        _exact = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase);
        _wildcards = [.. all.Where(p => p.Contains('*', StringComparison.Ordinal)).Select(p => p.Split(':'))];
    }

    /// <summary>How many permission strings were granted.</summary>
    public int Count => _exact.Count;

    /// <summary>True when <paramref name="permission"/> is granted exactly or by a wildcard.</summary>
    public bool Grants(string permission)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(permission);
        if (_exact.Contains(permission.Trim()))
            return true;
        var wanted = permission.Trim().Split(':');
        return _wildcards.Any(granted => granted.Length == wanted.Length &&
            granted.Zip(wanted).All(pair => pair.First == "*" || pair.First.Equals(pair.Second, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The permissions of <paramref name="required"/> that are not granted, in order.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> required) =>
        [.. required.Where(p => !string.IsNullOrWhiteSpace(p) && !Grants(p)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
