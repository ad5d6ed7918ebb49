namespace GenesysCloud.Bulk.Csv;

/// <summary>Checks and normalises one identifier; shared by pasted text and CSV cells.</summary>
public static class IdentifierValidator
{
    private const string FormulaPrefixes = "=+-@\t\r";
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~.-";

    /// <summary>True when a spreadsheet would treat the text as a formula (OWASP CSV injection prefixes).</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && FormulaPrefixes.Contains(text[0], StringComparison.Ordinal);

    /// <summary>
    /// Validates <paramref name="raw"/> as an identifier of <paramref name="kind"/>.
    /// Returns the normalised value, or null with <paramref name="problem"/> set.
    /// </summary>
    public static string? Normalize(IdentifierKind kind, string raw, out string? problem, out bool isFormula)
    {
        var text = raw.Trim(' ');
        isFormula = LooksLikeFormula(text);
        if (isFormula)
        {
            problem = $"starts with '{Printable(text[0])}' and would run as a spreadsheet formula";
            return null;
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            problem = "is empty";
            return null;
        }

        if (text.Any(char.IsControl))
        {
            problem = "contains control characters";
            return null;
        }

        switch (kind)
        {
            case IdentifierKind.Email:
                if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                    text = text["mailto:".Length..];
                problem = EmailProblem(text);
                return problem is null ? text.ToLowerInvariant() : null;
            case IdentifierKind.Username:
                problem = text.Any(char.IsWhiteSpace) ? "contains spaces" : null;
                return problem is null ? text.ToLowerInvariant() : null;
            default:
                problem = text.Any(char.IsWhiteSpace) ? "contains spaces" : null;
                return problem is null ? text : null;
        }
    }

    /// <summary>Why <paramref name="email"/> is not a usable email address, or null when it is.</summary>
    public static string? EmailProblem(string email)
    {
        if (email.Length > 254)
            return "is not a valid email address (longer than 254 characters)";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
            return "is not a valid email address (no '@')";
        if (email.IndexOf('@', at + 1) >= 0)
            return "is not a valid email address (more than one '@')";

        var local = email[..at];
        var domain = email[(at + 1)..];
        if (local.Length is 0 or > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)
            || !local.All(c => char.IsLetterOrDigit(c) || LocalPartSymbols.Contains(c, StringComparison.Ordinal)))
            return "is not a valid email address (bad name before '@')";

        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l.StartsWith('-') || l.EndsWith('-')
                || !l.All(c => char.IsLetterOrDigit(c) || c == '-'))
            || labels[^1].Length < 2 || labels[^1].All(char.IsDigit))
            return "is not a valid email address (bad domain)";
        return null;
    }

    private static string Printable(char c) => c switch { '\t' => "\\t", '\r' => "\\r", _ => c.ToString() };
}
