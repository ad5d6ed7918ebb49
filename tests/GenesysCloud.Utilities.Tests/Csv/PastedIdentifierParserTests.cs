using GenesysCloud.Bulk.Csv;

namespace GenesysCloud.Utilities.Tests.Csv;

public sealed class PastedIdentifierParserTests
{
    [Fact]
    public void Parse_MixedSeparators_SplitsEveryValueWithItsLine()
    {
        var input = PastedIdentifierParser.Parse("a@x.com, b@x.com;c@x.com\n d@x.com\te@x.com\r\n\r\nf@x.com");

        Assert.Equal(["a@x.com", "b@x.com", "c@x.com", "d@x.com", "e@x.com", "f@x.com"], input.Values);
        Assert.Equal([1, 1, 1, 2, 2, 4], input.Entries.Select(e => e.Row));
        Assert.All(input.Entries, e => Assert.Null(e.Column));
    }

    [Fact]
    public void Parse_AddressBookForms_TakesTheAddressAndDropsTheName()
    {
        var input = PastedIdentifierParser.Parse(
            "Jane Doe <Jane.Doe@Example.com>; \"Roe, Rick\" <rick@example.com>, Bob <bob@example.com> carl@example.com");

        Assert.Equal(["jane.doe@example.com", "rick@example.com", "bob@example.com", "carl@example.com"], input.Values);
        Assert.Equal(0, input.InvalidCount);
    }

    [Fact]
    public void Parse_AddressesBesideABracketedOne_KeepTheirOrder()
    {
        var input = PastedIdentifierParser.Parse("first@x.com Jane Doe<second@x.com> third@x.com");

        Assert.Equal(["first@x.com", "second@x.com", "third@x.com"], input.Values);
    }

    [Fact]
    public void Parse_RepeatedAddressDifferentCase_IsDuplicateOfFirstLine()
    {
        var input = PastedIdentifierParser.Parse("a@x.com\nb@x.com\nA@X.COM");

        var dup = Assert.Single(input.Entries, e => e.Status == IdentifierStatus.Duplicate);
        Assert.Equal(3, dup.Row);
        Assert.Equal("repeats line 1", dup.Problem);
        Assert.Equal(2, input.ValidCount);
        Assert.Equal(1, input.DuplicateCount);
    }

    [Theory]
    [InlineData("not-an-email", "no '@'")]
    [InlineData("a@@x.com", "more than one '@'")]
    [InlineData("a@x", "bad domain")]
    [InlineData(".a@x.com", "bad name")]
    [InlineData("=HYPERLINK(\"http://evil\")", "spreadsheet formula")]
    [InlineData("@SUM(A1)", "spreadsheet formula")]
    public void Parse_BadValue_IsInvalidWithReason(string text, string reason)
    {
        var input = PastedIdentifierParser.Parse("ok@x.com\n" + text);

        var bad = Assert.Single(input.Invalid);
        Assert.Equal(2, bad.Row);
        Assert.Contains(reason, bad.Problem, StringComparison.Ordinal);
        Assert.Equal(["ok@x.com"], input.Values);
    }

    [Fact]
    public void Parse_FormulaValue_FlagsInputAndThrowIfInvalidNamesTheLine()
    {
        var input = PastedIdentifierParser.Parse("ok@x.com\n=cmd|'/c calc'!A1");

        Assert.True(input.HasFormulaCells);
        var ex = Assert.Throws<CsvInputException>(() => input.ThrowIfInvalid());
        Assert.Equal(2, ex.Row);
        Assert.StartsWith("line 2:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderWordOnFirstLine_IsSkipped()
    {
        var input = PastedIdentifierParser.Parse("Email\na@x.com");

        Assert.Equal(["a@x.com"], input.Values);
        Assert.Equal(0, input.InvalidCount);
    }

    [Fact]
    public void Parse_UserIds_KeepsCaseAndRejectsFormulas()
    {
        var input = PastedIdentifierParser.Parse("Abc-1 def-2\n+evil", IdentifierKind.UserId);

        Assert.Equal(["Abc-1", "def-2"], input.Values);
        Assert.True(Assert.Single(input.Invalid).IsFormula);
    }

    [Fact]
    public void Parse_TextOverSizeCap_ThrowsWithoutParsing()
    {
        var options = new IdentifierInputOptions { MaxBytes = 1024 };

        var ex = Assert.Throws<CsvInputException>(() => PastedIdentifierParser.Parse(new string('a', 2048), options: options));

        Assert.Contains("limit is 1 KB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MoreValuesThanRowCap_ThrowsNamingTheLine()
    {
        var options = new IdentifierInputOptions { MaxRows = 2 };

        var ex = Assert.Throws<CsvInputException>(() => PastedIdentifierParser.Parse("a@x.com\nb@x.com\nc@x.com", options: options));

        Assert.Equal(3, ex.Row);
    }
}
