using GenesysCloud.Bulk.Csv;
using Xunit;

namespace GenesysCloud.Utilities.Tests.Csv;

public sealed class EmailProblemTests
{
    [Theory]
    [InlineData("ana.lopez@example.com")]
    [InlineData("o'brien+queues@mail.example.co.uk")]
    [InlineData("x@a-b.io")]
    [InlineData("josé.núñez@ejemplo.es")]
    [InlineData("user@bücher.de")]
    public void AUsableAddress_HasNoProblem(string email) => Assert.Null(IdentifierValidator.EmailProblem(email));

    [Theory]
    [InlineData("ana.example.com", "no '@'")]
    [InlineData("ana@@example.com", "more than one '@'")]
    [InlineData("@example.com", "bad name before '@'")]
    [InlineData(".ana@example.com", "bad name before '@'")]
    [InlineData("ana.@example.com", "bad name before '@'")]
    [InlineData("an..a@example.com", "bad name before '@'")]
    [InlineData("an(a)@example.com", "bad name before '@'")]
    [InlineData("ana@example", "bad domain")]
    [InlineData("ana@example.", "bad domain")]
    [InlineData("ana@.example.com", "bad domain")]
    [InlineData("ana@-example.com", "bad domain")]
    [InlineData("ana@example-.com", "bad domain")]
    [InlineData("ana@exa_mple.com", "bad domain")]
    [InlineData("ana@example.c", "bad domain")]
    [InlineData("ana@example.123", "bad domain")]
    [InlineData("ana@example.١٢٣", "bad domain")]
    [InlineData("ana@", "bad domain")]
    public void AnUnusableAddress_SaysWhatIsWrong(string email, string problem) =>
        Assert.Equal($"is not a valid email address ({problem})", IdentifierValidator.EmailProblem(email));

    [Fact]
    public void ANameBeforeTheAtLongerThan64_IsRefused() =>
        Assert.Equal("is not a valid email address (bad name before '@')", IdentifierValidator.EmailProblem(new string('a', 65) + "@example.com"));

    [Fact]
    public void AnAddressLongerThan254_IsRefused() =>
        Assert.Equal("is not a valid email address (longer than 254 characters)",
            IdentifierValidator.EmailProblem("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5))));
}
