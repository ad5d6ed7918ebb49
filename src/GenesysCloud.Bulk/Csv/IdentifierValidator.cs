using System.Buffers;
using System.Runtime.CompilerServices;

namespace GenesysCloud.Bulk.Csv;

/// <summary>Checks and normalises one identifier; shared by pasted text and CSV cells.</summary>
public static class IdentifierValidator
{
    private const string FormulaPrefixes = "=+-@\t\r";
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~.-";
    private const string AsciiLettersAndDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static readonly SearchValues<char> AsciiLocalPart = SearchValues.Create(AsciiLettersAndDigits + LocalPartSymbols);
    private static readonly SearchValues<char> AsciiLabel = SearchValues.Create(AsciiLettersAndDigits + "-");
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run for every email of a job (see Identifier.Classify)
    public static string? EmailProblem(string email)
    {
        if (email.Length > 254)
            return "is not a valid email address (longer than 254 characters)";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
            return "is not a valid email address (no '@')";
        if (email.IndexOf('@', at + 1) >= 0)
            return "is not a valid email address (more than one '@')";

        var local = email.AsSpan(0, at);
        var domain = email.AsSpan(at + 1);
        if (local.Length is 0 or > 64 || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal)
            || !All(local, AsciiLocalPart, c => char.IsLetterOrDigit(c) || LocalPartSymbols.Contains(c, StringComparison.Ordinal)))
            return "is not a valid email address (bad name before '@')";

        var labels = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !All(label, AsciiLabel, c => char.IsLetterOrDigit(c) || c == '-'))
                return "is not a valid email address (bad domain)";
            labels++;
            last = label;
        }

        return labels < 2 || last.Length < 2 || All(last, Digits, char.IsDigit) ? "is not a valid email address (bad domain)" : null;
    }

    /// <summary>
    /// Whether every character of <paramref name="text"/> is <paramref name="allowed"/>; the ASCII ones it allows are checked
    /// at once through <paramref name="ascii"/> (an import of 10,000 addresses checked them one call at a time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool All(ReadOnlySpan<char> text, SearchValues<char> ascii, Func<char, bool> allowed)
    {
        var other = text.IndexOfAnyExcept(ascii);
        if (other < 0) return true;
        foreach (var c in text[other..])
        {
            if (!allowed(c)) return false;
        }

        return true;
    }

    private static string Printable(char c) => c switch { '\t' => "\\t", '\r' => "\\r", _ => c.ToString() };
}
