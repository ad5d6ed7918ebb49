using System.Text;
using CsvHelper;

namespace GenesysCloud.Bulk.Csv;

/// <summary>
/// Writes CSV for people to open in a spreadsheet: every text cell that starts with =, +, -, @, tab or CR
/// gets a leading <c>'</c>, so that a name like <c>=HYPERLINK(...)</c> shows as text instead of running.
/// Every export of the suite goes through here.
/// </summary>
public static class SafeCsvWriter
{
    /// <summary>CsvHelper options with formula injection escaped; use these for any other CSV the suite writes.</summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        NewLine = "\r\n",
    };

    /// <summary>Writes a header line and the rows to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(header.ToArray());
        foreach (var row in rows)
        {
            foreach (var field in row)
                csv.WriteField(field ?? "");
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>The CSV as a string.</summary>
    public static string ToText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var writer = new StringWriter();
        Write(writer, header, rows);
        return writer.ToString();
    }

    /// <summary>The CSV as UTF-8 bytes with a byte order mark, so that Excel opens accented names correctly.</summary>
    public static byte[] ToUtf8Bytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = ToText(header, rows);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>One value made safe on its own, as the writer would write it (without quoting).</summary>
    public static string Neutralize(string value) =>
        IdentifierValidator.LooksLikeFormula(value) ? "'" + value : value;
}
