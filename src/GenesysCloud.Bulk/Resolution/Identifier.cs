namespace GenesysCloud.Bulk.Resolution;

/// <summary>An input identifier classified and normalized (trimmed, lower case) for lookups.</summary>
internal readonly record struct Identifier(IdentifierKind Kind, string Key)
{
    private const int MaxLength = 320;

    public static Identifier Classify(string? raw)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return new(IdentifierKind.Invalid, text);
        var key = text.ToLowerInvariant();
        if (Guid.TryParseExact(text, "D", out _)) return new(IdentifierKind.Id, key);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0) return new(IdentifierKind.Username, key);
        var wellFormed = at > 0 && at < text.Length - 1 && text.IndexOf('@', at + 1) < 0;
        return new(wellFormed ? IdentifierKind.Email : IdentifierKind.Invalid, key);
    }
}
