using GenesysCloud.Bulk.Resolution;

namespace GenesysCloud.Bulk.Tests.Resolution;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("  Ada.Lovelace@Example.com ", LookupKind.Email, "ada.lovelace@example.com")]
    [InlineData("4A0B5C3E-1111-2222-3333-444455556666", LookupKind.Id, "4a0b5c3e-1111-2222-3333-444455556666")]
    [InlineData("ADA", LookupKind.Username, "ada")]
    [InlineData("", LookupKind.Invalid, "")]
    [InlineData("   ", LookupKind.Invalid, "")]
    [InlineData("two words", LookupKind.Invalid, "two words")]
    [InlineData("a@@b.com", LookupKind.Invalid, "a@@b.com")]
    [InlineData("@example.com", LookupKind.Invalid, "@example.com")]
    public void Classify_SortsIdsEmailsUsernamesAndJunk(string raw, LookupKind kind, string key) =>
        Assert.Equal(new Identifier(kind, key), Identifier.Classify(raw));

    [Fact]
    public void Classify_Null_IsInvalid() => Assert.Equal(LookupKind.Invalid, Identifier.Classify(null).Kind);
}
