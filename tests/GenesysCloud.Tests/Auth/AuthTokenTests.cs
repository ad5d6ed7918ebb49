namespace GenesysCloud.Tests.Auth;

public sealed class AuthTokenTests
{
    private static readonly DateTimeOffset ExpiresAt = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-61, false)]
    [InlineData(-60, true)]
    [InlineData(0, true)]
    [InlineData(30, true)]
    public void IsExpiredAt_CountsFrom60SecondsBeforeExpiry(int secondsFromExpiry, bool expected)
    {
        var token = new AuthToken("token", "bearer", 86400, ExpiresAt);

        Assert.Equal(expected, token.IsExpiredAt(ExpiresAt.AddSeconds(secondsFromExpiry)));
    }

    [Fact]
    public void IsExpired_UsesSystemClockWithMargin()
    {
        Assert.False(new AuthToken("t", "bearer", 3600, DateTimeOffset.UtcNow.AddHours(1)).IsExpired);
        Assert.True(new AuthToken("t", "bearer", 30, DateTimeOffset.UtcNow.AddSeconds(30)).IsExpired);
    }

    [Fact]
    public void ToString_OmitsAccessToken()
    {
        var token = new AuthToken("secret-token-value", "bearer", 86400, ExpiresAt);

        Assert.DoesNotContain("secret-token-value", token.ToString(), StringComparison.Ordinal);
    }
}
