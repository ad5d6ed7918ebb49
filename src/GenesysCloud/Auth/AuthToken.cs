namespace GenesysCloud;

/// <summary>An OAuth access token and when it expires.</summary>
/// <param name="AccessToken">The bearer token. Never log it.</param>
/// <param name="TokenType">Usually <c>bearer</c>.</param>
/// <param name="ExpiresIn">Lifetime in seconds as returned by the login host.</param>
/// <param name="ExpiresAt">When the token expires.</param>
public sealed record AuthToken(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt)
{
    /// <summary>How long before <see cref="ExpiresAt"/> a token counts as expired.</summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(60);

    /// <summary>True from 60 s before <see cref="ExpiresAt"/> (system clock).</summary>
    public bool IsExpired => IsExpiredAt(DateTimeOffset.UtcNow);

    /// <summary>True when <paramref name="now"/> is within 60 s of <see cref="ExpiresAt"/> or later.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt - ExpiryMargin;

    /// <summary>Keeps the token out of <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, ExpiresAt = {ExpiresAt:O}");
        return true;
    }
}
