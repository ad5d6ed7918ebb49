using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace GenesysCloud.Bulk.Csv;

/// <summary>
/// Reads identifiers from an uploaded CSV file: the column is found by its header (case-insensitive:
/// <c>email</c>, else <c>userId</c>, else <c>username</c>); other columns are ignored. Each row keeps its line
/// number. Input that cannot be used as a whole (too large, not UTF-8, binary, no such column, broken quoting)
/// throws <see cref="CsvInputException"/> with a message that names the line and column.
/// </summary>
public static class CsvIdentifierParser
{
    private static readonly (IdentifierKind Kind, string[] Names)[] Columns =
    [
        (IdentifierKind.Email, ["email", "emailaddress", "mail"]),
        (IdentifierKind.UserId, ["userid", "id"]),
        (IdentifierKind.Username, ["username", "login"]),
    ];

    /// <summary>Reads at most <see cref="IdentifierInputOptions.MaxBytes"/> from <paramref name="stream"/> and parses it.</summary>
    public static async Task<IdentifierInput> ParseAsync(Stream stream, IdentifierInputOptions? options = null, CancellationToken ct = default)
    {
        options ??= IdentifierInputOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
                throw TooLarge(options, atLeast: true, buffer.Length);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Parses CSV bytes (UTF-8, with or without a byte order mark, or UTF-16 with one).</summary>
    public static IdentifierInput Parse(ReadOnlySpan<byte> bytes, IdentifierInputOptions? options = null)
    {
        options ??= IdentifierInputOptions.Default;
        if (bytes.Length > options.MaxBytes)
            throw TooLarge(options, atLeast: false, bytes.Length);
        return ParseText(Decode(bytes), options);
    }

    /// <summary>Parses CSV text that is already decoded.</summary>
    public static IdentifierInput ParseText(string text, IdentifierInputOptions? options = null)
    {
        options ??= IdentifierInputOptions.Default;
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
            throw new CsvInputException(
                $"Line {LineOf(text, nul)}: the file contains binary data (a NUL character); it is not a CSV text file.", LineOf(text, nul));
        if (string.IsNullOrWhiteSpace(text))
            throw new CsvInputException("The file is empty; expected a header line with an 'email' column.", 1);

        var readerOptions = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            AllowLineBreaksInQuotes = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            IncludeValuesInExceptions = false,
        };

        try
        {
            using var reader = CsvReader.FromText(text, readerOptions);
            reader.ReadHeader();
            var headers = reader.Headers;
            var (kind, index) = FindColumn(headers);
            var column = headers[index].Trim();
            var builder = new IdentifierListBuilder(kind, options);
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var cell = index < reader.FieldCount ? reader.GetString(index) ?? "" : "";
                builder.Add(line, column, cell);
            }

            return builder.Build();
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? (int)ex.LineNumber : (int?)null;
            var where = line is null ? "" : $"Line {line}: ";
            throw new CsvInputException($"{where}the CSV is malformed ({ex.Message.TrimEnd('.')}). Check the quotes on that line.", line, null, ex);
        }
    }

    private static (IdentifierKind Kind, int Index) FindColumn(IReadOnlyList<string> headers)
    {
        var normalized = headers.Select(Normalize).ToArray();
        foreach (var (kind, names) in Columns)
        {
            var index = Array.FindIndex(normalized, h => names.Contains(h));
            if (index >= 0)
                return (kind, index);
        }

        var found = headers.Count == 0 ? "none" : string.Join(", ", headers.Take(10).Select(Describe))
            + (headers.Count > 10 ? $" and {headers.Count - 10} more" : "");
        throw new CsvInputException(
            $"Line 1: no 'email' column (nor 'userId' or 'username'). Headers found: {found}.", 1);
    }

    private static string Normalize(string header) =>
        new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string Describe(string header)
    {
        var clean = new string([.. header.Trim().Select(c => char.IsControl(c) ? '?' : c)]);
        return clean.Length > 40 ? $"'{clean[..40]}…'" : $"'{clean}'";
    }

    /// <summary>CSV bytes as text: UTF-8 (with or without a byte order mark) or UTF-16 with one; anything else is a <see cref="CsvInputException"/>.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];

        if (!Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidUtf8(bytes);
            var line = bytes[..offset].Count((byte)'\n') + 1;
            throw new CsvInputException(
                $"Line {line}: the file is not valid UTF-8 (bad byte 0x{bytes[offset]:X2} at offset {offset}). "
                + "Save it as \"CSV UTF-8\" and try again.", line);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CsvInputException("The file is not valid UTF-16 text. Save it as \"CSV UTF-8\" and try again.", ex);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }

        return offset;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static CsvInputException TooLarge(IdentifierInputOptions options, bool atLeast, long size) => new(
        $"The file is {(atLeast ? "more than " : "")}{SizeText.Of(size)}; the limit is {SizeText.Of(options.MaxBytes)}. "
        + "Upload only the identifier column, or split the file.");
}
