using System.Text;
using System.Text.RegularExpressions;

namespace GenesysCloud.Bulk.Csv;

/// <summary>
/// Parses identifiers pasted from anywhere: separated by commas, semicolons, whitespace or new lines,
/// and address-book forms such as <c>Jane Doe &lt;jane@example.com&gt;</c> or <c>"Doe, Jane" &lt;jane@example.com&gt;</c>.
/// </summary>
public static partial class PastedIdentifierParser
{
    private static readonly string[] HeaderWords = ["email", "e-mail", "emails", "userid", "username", "id"];

    /// <summary>Parses <paramref name="text"/>; every value gets the line it was on.</summary>
    /// <exception cref="CsvInputException">The text is larger than <see cref="IdentifierInputOptions.MaxBytes"/>
    /// or holds more than <see cref="IdentifierInputOptions.MaxRows"/> values.</exception>
    public static IdentifierInput Parse(string text, IdentifierKind kind = IdentifierKind.Email, IdentifierInputOptions? options = null)
    {
        options ??= IdentifierInputOptions.Default;
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > options.MaxBytes)
            throw new CsvInputException($"The pasted text is {SizeText.Of(bytes)}; the limit is {SizeText.Of(options.MaxBytes)}.");

        var builder = new IdentifierListBuilder(kind, options);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var token in Tokens(lines[i]))
            {
                if (i == 0 && HeaderWords.Contains(token, StringComparer.OrdinalIgnoreCase))
                    continue;
                builder.Add(i + 1, null, token);
            }
        }

        return builder.Build();
    }

    private static IEnumerable<string> Tokens(string line)
    {
        line = QuotedDisplayName().Replace(line, "");
        foreach (var segment in line.Split([',', ';']))
        {
            var tokens = Token().Matches(segment);
            var hasBracketed = tokens.Any(t => t.Value.StartsWith('<'));
            foreach (Match token in tokens)
            {
                // Beside an <address>, plain words are a display name; keep only those that look like addresses.
                if (token.Value.StartsWith('<'))
                    yield return token.Value[1..^1].Trim();
                else if (!hasBracketed || token.Value.Contains('@', StringComparison.Ordinal))
                    yield return token.Value;
            }
        }
    }

    [GeneratedRegex("\"[^\"]*\"\\s*(?=<)")]
    private static partial Regex QuotedDisplayName();

    [GeneratedRegex("<[^<>]*>|[^\\s<>]+")]
    private static partial Regex Token();
}
