namespace GenesysCloud;

/// <summary>
/// The few fields of a user that matching people needs — id, email, username, name, state — read from a listing
/// without keeping the rest, so a directory of 100,000 users stays small in memory.
/// </summary>
public sealed record UserSummary
{
    /// <summary>User id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Full name.</summary>
    public string? Name { get; init; }

    /// <summary>Work email.</summary>
    public string? Email { get; init; }

    /// <summary>Login name (usually the email).</summary>
    public string? Username { get; init; }

    /// <summary>active, inactive or deleted.</summary>
    public string? State { get; init; }
}
