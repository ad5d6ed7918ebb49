using System.Text;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.Tests.Csv;

public sealed class CsvIdentifierParserTests
{
    private static IdentifierInput ParseText(string csv) => CsvIdentifierParser.Parse(Encoding.UTF8.GetBytes(csv));

    [Fact]
    public void Parse_EmailColumnAnyCase_ReadsOnlyThatColumnWithLineNumbers()
    {
        var input = ParseText("Name,E-Mail,Title\nJane,jane@x.com,=2+2\nBob,BOB@x.com,Boss\n");

        Assert.Equal(IdentifierKind.Email, input.Kind);
        Assert.Equal(["jane@x.com", "bob@x.com"], input.Values);
        Assert.Equal([2, 3], input.Entries.Select(e => e.Row));
        Assert.All(input.Entries, e => Assert.Equal("E-Mail", e.Column));
        Assert.False(input.HasFormulaCells);
    }

    [Fact]
    public void Parse_SemicolonSeparatedWithBom_DetectsSeparator()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("name;email\nJane;jane@x.com\n")).ToArray();

        var input = CsvIdentifierParser.Parse(bytes);

        Assert.Equal(["jane@x.com"], input.Values);
    }

    [Fact]
    public void Parse_Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("email\r\nzoë@x.com\r\n")).ToArray();

        var input = CsvIdentifierParser.Parse(bytes);

        Assert.Equal(["zoë@x.com"], input.Values);
    }

    [Theory]
    [InlineData("userId\nabc\n", IdentifierKind.UserId)]
    [InlineData("User Name\nJ.Doe@x.com\n", IdentifierKind.Username)]
    [InlineData("username,email\nu1,e@x.com\n", IdentifierKind.Email)]
    public void Parse_IdentifierColumns_PicksEmailThenUserIdThenUsername(string csv, IdentifierKind expected)
    {
        Assert.Equal(expected, ParseText(csv).Kind);
    }

    [Fact]
    public void Parse_MixedRows_ReportsValidDuplicateAndInvalidWithRowAndColumn()
    {
        var input = ParseText("email\na@x.com\nbroken\na@x.com\n\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n,\n");

        Assert.Equal([IdentifierStatus.Valid, IdentifierStatus.Invalid, IdentifierStatus.Duplicate, IdentifierStatus.Invalid, IdentifierStatus.Invalid],
            input.Entries.Select(e => e.Status));
        var formula = input.Entries[3];
        Assert.True(formula.IsFormula);
        Assert.Equal("line 5, column 'email'", formula.Location);
        Assert.Equal("is empty", input.Entries[4].Problem);
        var ex = Assert.Throws<CsvInputException>(() => input.ThrowIfInvalid());
        Assert.Equal(3, ex.Row);
        Assert.Equal("email", ex.Column);
    }

    [Fact]
    public void Parse_NoIdentifierColumn_ErrorNamesTheHeadersFound()
    {
        var ex = Assert.Throws<CsvInputException>(() => ParseText("name,department\nJane,Sales\n"));

        Assert.Equal(1, ex.Row);
        Assert.Contains("no 'email' column", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'name', 'department'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_ErrorNamesTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("email\na@x.com\n").Concat(new byte[] { 0x62, 0xC3, 0x28, 0x40, 0x78, 0x2E, 0x63, 0x6F, 0x6D, 0x0A }).ToArray();

        var ex = Assert.Throws<CsvInputException>(() => CsvIdentifierParser.Parse(bytes));

        Assert.Equal(3, ex.Row);
        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("upload", ex.Message, StringComparison.OrdinalIgnoreCase); // shared by the web app and the CLI
    }

    [Fact]
    public async Task ParseAsync_TenMegabytesOfJunk_StopsAtTheCapWithClearError()
    {
        var junk = new byte[10 * 1024 * 1024];
        new Random(7).NextBytes(junk);
        using var stream = new MemoryStream(junk);

        var ex = await Assert.ThrowsAsync<CsvInputException>(() => CsvIdentifierParser.ParseAsync(stream));

        Assert.Contains("the limit is 5 MB", ex.Message, StringComparison.Ordinal);
        Assert.True(stream.Position < junk.Length, "the reader must stop at the cap instead of reading everything");
    }

    [Fact]
    public void Parse_JunkUnderTheCap_FailsFastWithClearError()
    {
        var junk = new byte[1024 * 1024];
        new Random(11).NextBytes(junk);

        var ex = Assert.Throws<CsvInputException>(() => CsvIdentifierParser.Parse(junk));

        Assert.NotNull(ex.Row);
    }

    [Fact]
    public void Parse_PrintableJunkOnOneLine_ReportsMissingColumn()
    {
        var junk = new string('x', 300_000);

        var ex = Assert.Throws<CsvInputException>(() => ParseText(junk));

        Assert.Contains("Headers found: 'xxxx", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 400);
    }

    [Fact]
    public void Parse_BinaryNulBytes_Rejected()
    {
        var ex = Assert.Throws<CsvInputException>(() => ParseText("email\na@x.com\0\0\0\n"));

        Assert.Equal(2, ex.Row);
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnterminatedQuote_ErrorNamesTheLine()
    {
        var ex = Assert.Throws<CsvInputException>(() => ParseText("email,name\na@x.com,ok\n\"b@x.com,broken\nc@x.com,ok\n"));

        Assert.Equal(3, ex.Row);
        Assert.Contains("malformed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_Rejected()
    {
        var ex = Assert.Throws<CsvInputException>(() => ParseText("  \n"));

        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }
}
