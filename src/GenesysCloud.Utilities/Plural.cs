namespace GenesysCloud.Utilities;

/// <summary>Counted nouns for UI text: "1 change", "2 changes".</summary>
public static class Plural
{
    /// <summary>The count and the noun, singular only for exactly one.</summary>
    /// <param name="count">How many.</param>
    /// <param name="singular">The noun for one, e.g. "change".</param>
    /// <param name="plural">The noun for any other count; <paramref name="singular"/> + "s" when omitted.</param>
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}";
}
