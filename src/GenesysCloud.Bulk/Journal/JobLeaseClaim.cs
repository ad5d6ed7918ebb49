namespace GenesysCloud.Bulk.Journal;

/// <summary>The answer to a lease claim: acquired, or who holds the job and until when.</summary>
/// <param name="Acquired">True when the caller now holds the lease.</param>
/// <param name="Holder">Who holds it when refused (host and process); null when another claim is being made at this moment.</param>
/// <param name="ExpiresAt">Until when the holder's lease runs unless renewed; null when not known.</param>
public sealed record JobLeaseClaim(bool Acquired, string? Holder, DateTimeOffset? ExpiresAt)
{
    /// <summary>The lease is the caller's.</summary>
    public static JobLeaseClaim Granted { get; } = new(true, null, null);
}
