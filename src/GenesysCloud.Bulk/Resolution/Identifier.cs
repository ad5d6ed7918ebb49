using System.Runtime.CompilerServices;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Bulk.Resolution;

/// <summary>An input identifier classified and normalized (trimmed, lower case) for lookups.</summary>
internal readonly record struct Identifier(LookupKind Kind, string Key)
{
    private const int MaxLength = 320;

    // Run for every input line: in a new process 10,000 lines took 27–34 ms before tiering optimized it, 17–23 ms optimized from the start.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Identifier Classify(string? raw)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength || HasSpaceOrControl(text))
            return new(LookupKind.Invalid, text);
        var key = text.ToLowerInvariant();
        if (Guid.TryParseExact(text, "D", out _)) return new(LookupKind.Id, key);
        if (!text.Contains('@', StringComparison.Ordinal)) return new(LookupKind.Username, key);
        return new(IdentifierValidator.EmailProblem(text) is null ? LookupKind.Email : LookupKind.Invalid, key);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasSpaceOrControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) return true;
        }

        return false;
    }
}
