namespace GenesysCloud.Emulator.Hosting;

/// <summary>The <c>name</c> query filter: leading/trailing <c>*</c> wildcards, case-insensitive.</summary>
internal static class NameFilter
{
    /// <param name="prefixWithoutWildcard">Whether a plain name matches as a prefix (skills) rather than exactly (queues).</param>
    public static bool Matches(string name, string? pattern, bool prefixWithoutWildcard)
    {
        if (string.IsNullOrEmpty(pattern))
            return true;
        var leading = pattern.StartsWith('*');
        var trailing = pattern.Length > 1 && pattern.EndsWith('*');
        var core = pattern.Trim('*');
        const StringComparison ignoreCase = StringComparison.OrdinalIgnoreCase;
        return (leading, trailing || (prefixWithoutWildcard && !leading)) switch
        {
            (true, true) => name.Contains(core, ignoreCase),
            (true, false) => name.EndsWith(core, ignoreCase),
            (false, true) => name.StartsWith(core, ignoreCase),
            _ => name.Equals(core, ignoreCase),
        };
    }
}
