using System.Text;
using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.Tests.Csv;

public sealed class SafeCsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void ToText_FormulaCell_IsPrefixedWithApostropheAndReadsBackAsText(string value)
    {
        var csv = SafeCsvWriter.ToText(["name", "email"], [[value, "a@x.com"]]);

        var row = CsvHelper.CsvReader.FromText(csv, null);
        Assert.True(row.Read());
        Assert.Equal("'" + value, row.GetString(0));
        Assert.Equal("a@x.com", row.GetString(1));
    }

    [Fact]
    public void ToText_OrdinaryValues_AreWrittenAsIsAndQuotedWhenNeeded()
    {
        var csv = SafeCsvWriter.ToText(["name", "title"], [["Doe, Jane", "Lead \"A\""], ["Bob", null]]);

        Assert.Equal("name,title\r\n\"Doe, Jane\",\"Lead \"\"A\"\"\"\r\nBob,\r\n", csv);
    }

    [Fact]
    public void ToUtf8Bytes_StartsWithBomAndKeepsAccents()
    {
        var bytes = SafeCsvWriter.ToUtf8Bytes(["name"], [["Zoë"]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("name\r\nZoë\r\n", Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Theory]
    [InlineData("=1", "'=1")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Neutralize_PrefixesOnlyFormulas(string value, string expected)
    {
        Assert.Equal(expected, SafeCsvWriter.Neutralize(value));
    }
}
