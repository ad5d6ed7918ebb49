namespace GenesysCloud.Benchmarks.Harness;

/// <summary>An order-independent digest of a set of ids (FNV-1a per id, summed and xored), to compare listings.</summary>
public static class IdDigest
{
    public static string Of(IEnumerable<string> ids)
    {
        ulong sum = 0;
        ulong xor = 0;
        foreach (var id in ids)
        {
            var hash = Fnv1a(id);
            sum = unchecked(sum + hash);
            xor ^= hash;
        }

        return $"{sum:x16}{xor:x16}";
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash = unchecked(hash * 1099511628211UL);
        }

        return hash;
    }
}
