using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Tests.Resolution;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("  Ada.Lovelace@Example.com ", "Email", "ada.lovelace@example.com")]
    [InlineData("4A0B5C3E-1111-2222-3333-444455556666", "Id", "4a0b5c3e-1111-2222-3333-444455556666")]
    [InlineData("ADA", "Username", "ada")]
    [InlineData("", "Invalid", "")]
    [InlineData("   ", "Invalid", "")]
    [InlineData("two words", "Invalid", "two words")]
    [InlineData("a@@b.com", "Invalid", "a@@b.com")]
    [InlineData("@example.com", "Invalid", "@example.com")]
    public void Classify_SortsIdsEmailsUsernamesAndJunk(string raw, string kind, string key) =>
        Assert.Equal(new Identifier(Enum.Parse<LookupKind>(kind), key), Identifier.Classify(raw));

    [Fact]
    public void Classify_Null_IsInvalid() => Assert.Equal(LookupKind.Invalid, Identifier.Classify(null).Kind);
}
